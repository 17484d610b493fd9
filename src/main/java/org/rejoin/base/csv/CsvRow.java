package org.rejoin.base.csv;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One row of a file after its header, with the line it is on and the cells of the columns found. */
public record CsvRow<C extends Enum<C> & CsvColumn>(long line, CSVRecord record, Map<C, Integer> columns) {

    /** The trimmed cell of this column, or "" when the file has no such column or the row is short. */
    public String value(C column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }

    public boolean has(C column) {
        return columns.containsKey(column);
    }
}
