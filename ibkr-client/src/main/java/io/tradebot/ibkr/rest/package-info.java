/** The HTTP API under /api/v1: thin JAX-RS resources over the services, and the rules every request body meets before a resource reads it. */
package io.tradebot.ibkr.rest;
