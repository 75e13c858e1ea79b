package io.tradebot.backend.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a secret to a file only its owner can read ({@code rw-------}), replacing the file atomically. */
public final class PasswordFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PasswordFile() {
    }

    /** Writes {@code secret} and a newline to {@code file}, creating its parent folders. */
    public static void write(Path file, String secret) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // Created owner-only from the start, so the secret is never readable by others, not even briefly.
            Path temp = Files.createTempFile(target.getParent(), ".admin-password", ".tmp", ownerOnly());
            try {
                Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the password file " + target, e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
        }
        return new FileAttribute<?>[0];
    }
}
