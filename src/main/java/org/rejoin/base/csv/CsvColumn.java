package org.rejoin.base.csv;

import java.util.List;
import java.util.Locale;

/**
 * A column an import reads. MIS exports name columns in many ways, so a header cell matches whatever its
 * case, spacing or punctuation ("Week starting", "week_start", "WeekStarting" all read as "weekstarting").
 */
public interface CsvColumn {

    /** The column's name as the help text and error messages give it. */
    String title();

    boolean required();

    /** Header cells that name this column, lower case with everything but letters and digits removed. */
    List<String> names();

    /** A header cell reduced to the form {@link #names()} lists. */
    static String key(String headerCell) {
        return headerCell.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
