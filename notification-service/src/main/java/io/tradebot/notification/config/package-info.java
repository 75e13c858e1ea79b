/** The one configuration mapping of notification-service. */
package io.tradebot.notification.config;
