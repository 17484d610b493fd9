package org.rejoin.pupil.internal;

import java.util.List;
import org.rejoin.base.csv.CsvColumn;

/** The columns of a term-dates file. */
enum CalendarColumn implements CsvColumn {
    TYPE("Type", true, "type", "kind", "entrytype", "category"),
    NAME("Name", true, "name", "description", "title", "reason", "summary"),
    START("Start date", true, "startdate", "start", "from", "startson", "firstday"),
    END("End date", false, "enddate", "end", "to", "endson", "lastday");

    static final String EXPECTED = "Type (Term, INSET day, Half term or Closure), Name, Start date "
            + "(and optionally End date, for more than one day)";

    private final String title;
    private final boolean required;
    private final List<String> names;

    CalendarColumn(String title, boolean required, String... names) {
        this.title = title;
        this.required = required;
        this.names = List.of(names);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> names() {
        return names;
    }
}
