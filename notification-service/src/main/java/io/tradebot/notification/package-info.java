/** notification-service: emails and UI alerts for the people who need to know. */
package io.tradebot.notification;
