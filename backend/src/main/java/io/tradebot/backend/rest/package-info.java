/** The backend's HTTP API under {@code /api}: login, and the reads the web UI makes. */
package io.tradebot.backend.rest;
