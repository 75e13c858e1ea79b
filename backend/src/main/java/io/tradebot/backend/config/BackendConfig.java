package io.tradebot.backend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Configuration of backend. */
@ConfigMapping(prefix = "tradebot.backend")
public interface BackendConfig {

    /**
     * Password of the {@code admin} user created on the first start (env {@code TRADEBOT_ADMIN_PASSWORD}).
     * When unset or blank a strong random one is generated and written to {@link #adminPasswordFile()}.
     */
    Optional<String> adminPassword();

    /**
     * Where a generated admin password is written, owner-readable only
     * (env {@code TRADEBOT_ADMIN_PASSWORD_FILE}); relative paths resolve against the working directory.
     */
    @WithDefault("run/admin-password.txt")
    Path adminPasswordFile();

    /** How long an access token issued at login stays valid. */
    @WithDefault("PT1H")
    Duration tokenLifetime();
}
