package org.rejoin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** England's 2025/26 to 2027/28 school calendar as a typical local authority publishes it. */
final class DemoCalendar {

    record Term(String name, LocalDate from, LocalDate to) {
    }

    record Closure(LocalDate from, LocalDate to, String reason) {
    }

    static final List<Term> TERMS = List.of(
            new Term("Autumn 2025", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 12, 19)),
            new Term("Spring 2026", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
            new Term("Summer 2026", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 21)),
            new Term("Autumn 2026", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18)),
            new Term("Spring 2027", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 25)),
            new Term("Summer 2027", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21)),
            new Term("Autumn 2027", LocalDate.of(2027, 9, 2), LocalDate.of(2027, 12, 17)));

    static final List<Closure> CLOSURES = List.of(
            new Closure(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31), "Half term"),
            new Closure(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20), "Half term"),
            new Closure(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 29), "Half term"),
            new Closure(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30), "Half term"),
            new Closure(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), "INSET day"),
            new Closure(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19), "Half term"),
            new Closure(LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 4), "Half term"),
            new Closure(LocalDate.of(2027, 10, 25), LocalDate.of(2027, 10, 29), "Half term"));

    static final Map<LocalDate, String> BANK_HOLIDAYS = Map.ofEntries(
            Map.entry(LocalDate.of(2025, 12, 25), "Christmas Day"),
            Map.entry(LocalDate.of(2025, 12, 26), "Boxing Day"),
            Map.entry(LocalDate.of(2026, 1, 1), "New Year's Day"),
            Map.entry(LocalDate.of(2026, 4, 3), "Good Friday"),
            Map.entry(LocalDate.of(2026, 4, 6), "Easter Monday"),
            Map.entry(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
            Map.entry(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
            Map.entry(LocalDate.of(2026, 8, 31), "Summer bank holiday"),
            Map.entry(LocalDate.of(2026, 12, 25), "Christmas Day"),
            Map.entry(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"),
            Map.entry(LocalDate.of(2027, 1, 1), "New Year's Day"),
            Map.entry(LocalDate.of(2027, 3, 26), "Good Friday"),
            Map.entry(LocalDate.of(2027, 3, 29), "Easter Monday"),
            Map.entry(LocalDate.of(2027, 5, 3), "Early May bank holiday"),
            Map.entry(LocalDate.of(2027, 5, 31), "Spring bank holiday"),
            Map.entry(LocalDate.of(2027, 8, 30), "Summer bank holiday"));

    private DemoCalendar() {
    }
}
