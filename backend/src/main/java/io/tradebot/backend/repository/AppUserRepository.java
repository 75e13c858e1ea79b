package io.tradebot.backend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tradebot.backend.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The {@code app_user} table. */
@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    /** The user with this exact username. */
    public Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
