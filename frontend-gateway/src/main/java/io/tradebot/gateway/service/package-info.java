/** The gateway's logic: which requests may pass to the backend, and how they are forwarded. */
package io.tradebot.gateway.service;
