package io.tradebot.screener.earnings.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Points the service at a fresh directory holding copies of the bundled recorded pages
 * ({@code TRADEBOT_EARNINGS_SOURCE=dir:...}) and sets a {@link CalendarDir} into tests' fields.
 */
public class CalendarDirResource implements QuarkusTestResourceLifecycleManager {

    private CalendarDir calendarDir;

    @Override
    public Map<String, String> start() {
        Path dir = Path.of("target", "earnings-calendar-test").toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                }
            }
            Files.createDirectories(dir);
            try (Stream<Path> recorded = Files.list(Path.of("data", "earnings_calendar"))) {
                for (Path file : recorded.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        calendarDir = new CalendarDir(dir);
        return Map.of("tradebot.earnings.source", "dir:" + dir);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(calendarDir, new TestInjector.MatchesType(CalendarDir.class));
    }

    @Override
    public void stop() {
        // kept for inspection; the next start clears it
    }
}
