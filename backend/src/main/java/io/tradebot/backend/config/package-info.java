/** The one configuration mapping of backend. */
package io.tradebot.backend.config;
