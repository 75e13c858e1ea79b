package io.tradebot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes {@code report.json} and {@code report.html} into a temp directory beside {@code --out} and moves them into
 * place only when both are written, so a failed run leaves no partial report.
 */
final class ReportFiles {

    static final String JSON = "report.json";
    static final String HTML = "report.html";

    private ReportFiles() {
    }

    static void write(Path out, String json, String html) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            Files.writeString(temp.resolve(JSON), json, StandardCharsets.UTF_8);
            Files.writeString(temp.resolve(HTML), html, StandardCharsets.UTF_8);
            if (Files.isDirectory(target)) {
                Files.move(temp.resolve(JSON), target.resolve(JSON), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                Files.move(temp.resolve(HTML), target.resolve(HTML), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
