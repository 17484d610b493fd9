package org.rejoin.base.ui;

import java.util.List;

/**
 * How the n-th series of a chart is drawn. Every colour has at least 6:1 contrast on white (WCAG AA needs
 * 3:1 for graphics, 4.5:1 for text), and each also differs in dash and point shape, so the series tell apart
 * in greyscale and for colour-blind readers; the legend shows the same.
 */
record SeriesLook(String colour, List<Integer> dash, String point) {

    private static final List<SeriesLook> LOOKS = List.of(
            new SeriesLook("#1f4e8c", List.of(), "circle"),
            new SeriesLook("#9a4a00", List.of(8, 4), "triangle"),
            new SeriesLook("#2b6a2f", List.of(2, 3), "rect"),
            new SeriesLook("#6a2c8a", List.of(10, 3, 2, 3), "rectRot"));

    static SeriesLook of(int index) {
        return LOOKS.get(index % LOOKS.size());
    }
}
