/** The one configuration mapping of frontend-gateway. */
package io.tradebot.gateway.config;
