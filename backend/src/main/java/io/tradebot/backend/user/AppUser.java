package io.tradebot.backend.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who can log in; {@code role} is one of {@link io.tradebot.common.security.Roles}' user roles. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(length = 255)
    public String email;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A new user with an already hashed password. */
    public static AppUser of(String username, String passwordHash, String role) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = passwordHash;
        user.role = role;
        user.createdAt = Instant.now();
        return user;
    }
}
