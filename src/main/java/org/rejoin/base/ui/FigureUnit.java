package org.rejoin.base.ui;

import java.util.Locale;

/** How a chart's figures read: 12.5%, 17 days (16.5 days), 4. */
public enum FigureUnit {
    PERCENT("%", 1),
    DAYS(" days", 1),
    COUNT("", 0);

    private final String suffix;
    private final int decimals;

    FigureUnit(String suffix, int decimals) {
        this.suffix = suffix;
        this.decimals = decimals;
    }

    String suffix() {
        return suffix;
    }

    int decimals() {
        return decimals;
    }

    /** The figure as the table and the summary write it; whole numbers lose their ".0" except percentages. */
    public String format(Double value) {
        if (value == null) {
            return "none";
        }
        return switch (this) {
            case PERCENT -> String.format(Locale.UK, "%.1f%%", value);
            case DAYS -> (Math.rint(value) == value ? String.valueOf(Math.round(value))
                    : String.format(Locale.UK, "%.1f", value)) + (value == 1 ? " day" : " days");
            case COUNT -> String.valueOf(Math.round(value));
        };
    }
}
