package org.rejoin.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rejoin.security.Oversight;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long after a case opened something happened to it (its support plan started, say), counted in SQL over
 * the cases overseen. The moments come from the module that recorded them, as arrays unnested next to the
 * cases: one statement however many cases, and no case outside the oversight counted.
 */
@Component
public class CaseTimings {

    /** A moment in the life of a case, recorded by another module. */
    public record CaseMoment(UUID caseId, Instant at) {
    }

    // grouping sets: the first row (month null) is the whole, the others one month each
    private static final String DAYS = """
            with overseen as (select c.id, c.opened_at from pupil_case c where %s),
            days as (
                select (m.at at time zone 'Europe/London')::date - (o.opened_at at time zone 'Europe/London')::date
                           as days,
                       date_trunc('month', m.at at time zone 'Europe/London')::date as month
                from unnest(?::uuid[], ?::timestamptz[]) as m(case_id, at) join overseen o on o.id = m.case_id)
            select month, count(*), percentile_cont(0.5) within group (order by days),
                   count(*) filter (where days < 14), count(*) filter (where days >= 14 and days < 28),
                   count(*) filter (where days >= 28 and days < 56), count(*) filter (where days >= 56)
            from days group by grouping sets ((), (month)) order by month nulls first""";

    private final JdbcTemplate jdbc;

    CaseTimings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Days from each case's opening to its moment; moments of cases not overseen are left out. */
    public TimeFromConcern daysFromOpening(Oversight scope, List<CaseMoment> moments) {
        if (scope.isEmpty() || moments.isEmpty()) {
            return TimeFromConcern.NONE;
        }
        UUID[] ids = moments.stream().map(CaseMoment::caseId).toArray(UUID[]::new);
        String[] at = moments.stream().map(m -> m.at().toString()).toArray(String[]::new);
        List<TimeFromConcern.Month> months = new ArrayList<>();
        long[] whole = new long[5];
        double[] median = {0};
        jdbc.query(DAYS.formatted(scope.schools("c.school_id")), rs -> {
            if (rs.getDate(1) != null) {
                months.add(new TimeFromConcern.Month(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2),
                        rs.getDouble(3)));
                return;
            }
            for (int i = 0; i < whole.length; i++) {
                whole[i] = rs.getLong(i == 0 ? 2 : i + 3);
            }
            median[0] = rs.getDouble(3);
        }, scope.args(ids, at));
        return whole[0] == 0 ? TimeFromConcern.NONE : new TimeFromConcern(whole[0], median[0], whole[1], whole[2],
                whole[3], whole[4], List.copyOf(months));
    }
}
