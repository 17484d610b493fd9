package org.rejoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screenshots in docs/ are true: each is written by a browser test on the demo data (a {@code docsScreenshot}
 * call names it), except the "before" pictures that record how a page looked before a change, which no test of
 * today's code can take and which docs/operating/screenshots.md lists. A picture nothing makes fails here, and so
 * does a test naming a picture the docs do not have.
 */
class DocumentationScreenshotsTests {

    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");
    private static final Pattern TAKEN = Pattern.compile("docsScreenshot\\(\"([a-z0-9-]+)\"\\)"
            + "|docsScreenshot\\([^;]*\\? \"([a-z0-9-]+)\" : \"([a-z0-9-]+)\"\\)");

    @Test
    void everyScreenshotInTheDocsIsTakenByABrowserTestOrIsABeforePictureSaidToBeOne() throws IOException {
        Set<String> inDocs = pictures();
        Set<String> taken = takenByTests();
        String guide = Files.readString(Path.of("docs", "operating", "screenshots.md"));

        Set<String> madeByNothing = inDocs.stream().filter(name -> !taken.contains(name))
                .filter(name -> !(name.startsWith("before-") && guide.contains(name + ".png")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(madeByNothing).as("pictures in docs/screenshots that no browser test takes").isEmpty();
        assertThat(taken).as("pictures the tests take for the docs").isNotEmpty().allSatisfy(name ->
                assertThat(inDocs).as("docs/screenshots/%s.png (run with -D%s=true to write it)", name,
                        BrowserTestSupport.WRITE_DOCS).contains(name));
    }

    private static Set<String> pictures() throws IOException {
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
                    .map(n -> n.substring(0, n.length() - ".png".length())).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> takenByTests() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("BrowserTests.java")).toList()) {
                Matcher call = TAKEN.matcher(Files.readString(source));
                while (call.find()) {
                    for (int group = 1; group <= call.groupCount(); group++) {
                        if (call.group(group) != null) {
                            names.add(call.group(group));
                        }
                    }
                }
            }
        }
        return names;
    }
}
