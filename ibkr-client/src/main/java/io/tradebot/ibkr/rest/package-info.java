/** The HTTP API under /api/v1: thin JAX-RS resources over the services. */
package io.tradebot.ibkr.rest;
