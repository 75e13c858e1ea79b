package io.tradebot.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of notification-service. */
@ConfigMapping(prefix = "tradebot.notification")
public interface NotificationConfig {

    /** Address notifications are sent from. */
    @WithDefault("tradebot@localhost")
    String from();
}
