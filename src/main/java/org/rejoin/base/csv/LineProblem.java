package org.rejoin.base.csv;

/** One bad line of a file: its number (the header is line 1; blank lines count) and what is wrong with it. */
public record LineProblem(long line, String message) {
}
