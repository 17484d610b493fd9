package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app reads the time from one {@code java.time.Clock} bean, never from the wall clock or the database's
 * (docs/decisions/0011): in the embedded run that clock follows the engine's, so the demo's history is dated when it
 * happened. Sign-in, sessions and codes are the exception: they guard real time.
 */
class OneClockTests {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "rejoin");
    /** {@code LocalDate.now()}, {@code Instant.now(zone)}, a clock of one's own, ...: anything but {@code now(clock)}. */
    private static final Pattern JAVA_NOW = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|YearMonth|Year)\\.now\\((?!clock\\))"
                    + "|UkDates\\.today\\(|System\\.currentTimeMillis\\(\\)|Clock\\.system");
    /** The database's clock in a statement: {@code now()}, {@code current_date}, {@code current_timestamp}. */
    private static final Pattern SQL_NOW = Pattern.compile("(?<![.\\w])now\\(\\)|\\bcurrent_date\\b|\\bcurrent_timestamp\\b",
            Pattern.CASE_INSENSITIVE);
    /** Real time by design: sign-in, sessions, codes and links; the engine's own plumbing and the clock itself. */
    private static final List<Path> WALL_CLOCK = List.of(MAIN.resolve("security"),
            MAIN.resolve(Path.of("engine", "internal", "AppClockConfiguration.java")),
            MAIN.resolve(Path.of("engine", "internal", "EngineMonitor.java")),
            MAIN.resolve(Path.of("engine", "internal", "EmbeddedInfrastructure.java")),
            MAIN.resolve(Path.of("family", "web", "FamilySessions.java")),
            // a family's one-time link is a credential: its lifetime and rate limit are real time
            MAIN.resolve(Path.of("family", "internal", "FamilyLinks.java")));

    @Test
    void everyDateAndTimeComesFromTheAppsClock() {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = read(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (JAVA_NOW.matcher(line).find() || SQL_NOW.matcher(line).find()) {
                    found.add(source + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("the wall clock or the database's clock read outside the app's clock").isEmpty();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> WALL_CLOCK.stream().noneMatch(file::startsWith)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path source) {
        try {
            return Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
