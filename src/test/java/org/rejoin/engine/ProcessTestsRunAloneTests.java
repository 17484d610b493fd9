package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test that starts an in-memory engine stops the long-lived one first ({@link OneEngineAtATime}): a process
 * test declared with {@code @ZeebeProcessTest} alone ran beside the fault tests' app and lost a deployment's answer
 * (a 60 s time-out in CI).
 */
class ProcessTestsRunAloneTests {

    private static final Path TESTS = Path.of("src", "test", "java");

    @Test
    void processTestsAreDeclaredAsOwnEngineProcessTests() {
        assertThat(testSources().filter(ProcessTestsRunAloneTests::declaresZeebeProcessTest)
                .filter(source -> !source.endsWith("OwnEngineProcessTest.java")).toList())
                .as("test classes with @ZeebeProcessTest instead of @OwnEngineProcessTest").isEmpty();
    }

    @Test
    void testsThatBuildAnEngineThemselvesStopTheLongLivedOneFirst() {
        Path benchmarks = TESTS.resolve(Path.of("org", "rejoin", "benchmark")); // each runs in a JVM of its own
        List<Path> building = testSources().filter(source -> !source.startsWith(benchmarks))
                .filter(source -> !source.endsWith("ProcessTestsRunAloneTests.java"))
                .filter(source -> read(source).contains("EngineFactory::create")
                        || read(source).contains("EngineFactory.create()")).toList();
        assertThat(building).as("the test sources that build an engine themselves").hasSizeGreaterThanOrEqualTo(3);
        assertThat(building.stream().filter(source -> !read(source).contains("OneEngineAtATime")).toList())
                .as("test sources that build an engine without stopping the long-lived one").isEmpty();
    }

    private static boolean declaresZeebeProcessTest(Path source) {
        return read(source).lines().map(String::strip)
                .anyMatch(line -> line.startsWith("@") && line.endsWith("ZeebeProcessTest"));
    }

    private static Stream<Path> testSources() {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
