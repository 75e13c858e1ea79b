/** The backend's logic: login and tokens, the first admin, and the reads the UI needs. */
package io.tradebot.backend.service;
