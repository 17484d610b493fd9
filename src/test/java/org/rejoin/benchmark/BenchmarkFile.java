package org.rejoin.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** docs/benchmarks.md, whose measured sections each benchmark rewrites between its own markers. */
final class BenchmarkFile {

    private BenchmarkFile() {
    }

    /** Replaces the section between {@code <!-- BEGIN name -->} and {@code <!-- END name -->}, or appends it. */
    static void replaceSection(String name, String figures) throws IOException {
        Path file = Path.of("docs/benchmarks.md");
        String begin = "<!-- BEGIN " + name + " -->";
        String end = "<!-- END " + name + " -->";
        String text = Files.readString(file);
        String section = begin + "\n" + figures + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text + "\n" + section + "\n";
        Files.writeString(file, text);
    }
}
