package org.rejoin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (npm, pinned in {@code tools/axe/package-lock.json}; {@code .ci/run} installs it with {@code npm ci})
 * on the page a browser test has open, against WCAG 2.0, 2.1 and 2.2 levels A and AA. Each violation comes back as
 * one line: the rule, its help text and the elements it found, so a failing test says what to fix.
 */
public final class AxeCheck {

    static final Path AXE = Path.of("tools", "axe", "node_modules", "axe-core", "axe.min.js");
    /**
     * Left out, each for a reason outside Rejoin's code: the value button inside Vaadin 24.9's own
     * {@code vaadin-select} carries an ARIA attribute its role does not allow (axe: aria-allowed-attr); Rejoin
     * cannot change the component's shadow DOM without a front-end package of its own.
     */
    private static final String EXCLUDED = "[['vaadin-select-value-button']]";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run({exclude: EXCLUDED}, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, help: v.help,
                     nodes: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join(', '), count: v.nodes.length}))))
               .catch(e => done([{id: 'axe-error', help: String(e), nodes: '', count: 0}]));""".replace("EXCLUDED", EXCLUDED);
    private static String script;

    private AxeCheck() {
    }

    /** Whether axe-core is installed (tools/axe: {@code npm ci}). */
    public static boolean installed() {
        return Files.isReadable(AXE);
    }

    /** The WCAG 2.2 A/AA violations axe finds on the open page, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        return found.stream().map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("count") + " elements: "
                + v.get("nodes") + ")").toList();
    }

    private static synchronized String axeSource() {
        if (script == null) {
            try {
                script = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not installed: cd tools/axe && npm ci", e);
            }
        }
        return script;
    }
}
