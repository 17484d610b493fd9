package org.rejoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and image in README.md and docs/ points at a file or folder of the repository, so moving
 * or renaming a page cannot leave a reader at a dead end. Links to the web, to anchors alone and mail are not
 * followed; code spans are skipped (they show paths, they do not link them).
 */
class DocumentationLinksTests {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\n]*`", Pattern.DOTALL);

    @Test
    void everyRelativeLinkInTheReadmeAndTheDocsLeadsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            String text = CODE.matcher(Files.readString(page)).replaceAll("");
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*") || target.startsWith("#")) {
                    continue;
                }
                String file = target.replaceAll("[#?].*$", "");
                checked++;
                if (!Files.exists(page.toAbsolutePath().getParent().resolve(file).normalize())) {
                    broken.add(page + " -> " + target);
                }
            }
        }
        assertThat(broken).as("relative links that lead nowhere").isEmpty();
        assertThat(checked).as("relative links checked").isGreaterThan(20);
        assertThat(pages).as("pages checked").hasSizeGreaterThan(10);
    }
}
