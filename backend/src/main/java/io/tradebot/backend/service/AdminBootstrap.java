package io.tradebot.backend.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.tradebot.backend.config.BackendConfig;
import io.tradebot.backend.repository.AppUserRepository;
import io.tradebot.backend.user.AppUser;
import io.tradebot.backend.user.Passwords;
import io.tradebot.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Makes sure someone can log in on a fresh system: when {@code app_user} is empty it creates {@code admin}
 * with the configured password, or with a generated one written to an owner-only file. Two instances
 * starting at once are safe: the unique username lets one insert win and the other do nothing.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN = "admin";

    private final AppUserRepository users;
    private final BackendConfig config;

    public AdminBootstrap(AppUserRepository users, BackendConfig config) {
        this.users = users;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        ensureAdmin();
    }

    /** Creates the admin user as configured when there is no user at all; does nothing otherwise. */
    public void ensureAdmin() {
        ensureAdmin(config.adminPassword(), config.adminPasswordFile());
    }

    /**
     * Creates the admin user when there is no user at all: with {@code password} when it is given and not
     * blank, otherwise with a generated one written to {@code passwordFile}.
     */
    public void ensureAdmin(Optional<String> password, Path passwordFile) {
        if (QuarkusTransaction.requiringNew().call(users::count) > 0) {
            return;
        }
        Optional<String> configured = password.filter(p -> !p.isBlank());
        String chosen = configured.orElseGet(Passwords::generate);
        if (!createUser(ADMIN, Passwords.hash(chosen), Roles.ADMIN)) {
            Log.info("User admin was created by another instance; nothing to do");
            return;
        }
        if (configured.isPresent()) {
            Log.info("Created user admin with the configured password");
        } else {
            storeGeneratedPassword(chosen, passwordFile);
        }
    }

    /** Inserts a user in its own transaction; false when that username exists already. */
    public boolean createUser(String username, String passwordHash, String role) {
        try {
            QuarkusTransaction.requiringNew().run(() -> users.persist(AppUser.of(username, passwordHash, role)));
            return true;
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private void storeGeneratedPassword(String password, Path passwordFile) {
        Path file = passwordFile.toAbsolutePath();
        try {
            PasswordFile.write(file, password);
        } catch (RuntimeException e) {
            // An admin whose password nobody knows would lock everyone out: undo, and let the next start retry.
            QuarkusTransaction.requiringNew().run(() -> users.delete("username", ADMIN));
            throw new IllegalStateException("Cannot write the generated admin password to " + file
                    + "; make the folder writable or set TRADEBOT_ADMIN_PASSWORD", e);
        }
        Log.infof("Created user admin with a generated password; it is in %s (readable by its owner only)", file);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException
                    || cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
