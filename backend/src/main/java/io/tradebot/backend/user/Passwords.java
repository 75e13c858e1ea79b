package io.tradebot.backend.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.SecureRandom;
import java.util.Base64;

/** Password hashing (bcrypt) and generation of strong random passwords. */
public final class Passwords {

    /** bcrypt work factor: 2^12 rounds, about a quarter of a second per check on a laptop core. */
    public static final int BCRYPT_COST = 12;
    private static final int GENERATED_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** The bcrypt hash of {@code password}, salted at random. */
    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    /** True when {@code password} matches the bcrypt {@code hash}. */
    public static boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** A random URL-safe password of 32 characters (192 bits). */
    public static String generate() {
        byte[] bytes = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
