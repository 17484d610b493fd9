package org.rejoin.pupil.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rejoin.pupil.PupilSummary;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pupils by their attendance since a date, over the schools a person oversees: how many are at or below
 * 90% and 50%, and who they are, a page at a time. Percentages are compared in whole numbers
 * ({@code present * 100 <= possible * percent}), so a pupil at exactly 90% is counted, never lost to rounding.
 */
@Component
public class AbsenceQuery {

    private static final String PER_PUPIL = """
            select p.id, p.upn, coalesce(nullif(btrim(p.preferred_first_name), ''), p.first_name) as first_name,
                   p.last_name, p.year_group, p.sen_status,
                   sum(a.present) as present, sum(a.sessions_possible) as possible
            from pupil p join weekly_attendance a on a.pupil_id = p.id
            where %s and a.week_starting >= ?
            group by p.id
            having sum(a.sessions_possible) > 0""";

    private final JdbcTemplate jdbc;

    AbsenceQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Pupils with at least one possible session since then, and those at or below 90% and 50%. */
    public SchoolFigures figures(Oversight scope, LocalDate since) {
        if (scope.isEmpty()) {
            return SchoolFigures.NONE;
        }
        return jdbc.queryForObject("select count(*), count(*) filter (where present * 100 <= possible * 90), "
                        + "count(*) filter (where present * 100 <= possible * 50), coalesce(sum(present), 0), "
                        + "coalesce(sum(possible), 0) from (" + PER_PUPIL.formatted(scope.schools("p.school_id"))
                        + ") pupils",
                (rs, n) -> new SchoolFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                scope.args(Date.valueOf(since)));
    }

    public Page<PupilSummary> atOrBelow(Oversight scope, LocalDate since, int percent, Pageable page) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        String query = PER_PUPIL.formatted(scope.schools("p.school_id"))
                + " and sum(a.present) * 100 <= sum(a.sessions_possible) * ?";
        List<PupilSummary> rows = jdbc.query(query + orderBy(page.getSort()) + " limit ? offset ?",
                (rs, n) -> new PupilSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), SenStatus.valueOf(rs.getString(6)), rs.getLong(7), rs.getLong(8)),
                scope.args(Date.valueOf(since), percent, page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*) from (" + query + ") counted", Long.class,
                scope.args(Date.valueOf(since), percent));
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** Lowest attendance first unless asked otherwise; only known columns, so a sort key never reaches SQL. */
    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "upn" -> "p.upn";
                case "yearGroup" -> "p.year_group";
                case "lastName", "name" -> "lower(p.last_name)";
                default -> "sum(a.present)::numeric / sum(a.sessions_possible)";
            };
            sql.append(column).append(order.isAscending() ? " asc, " : " desc, ");
        }
        if (sort.isUnsorted()) {
            sql.append("sum(a.present)::numeric / sum(a.sessions_possible), ");
        }
        return sql.append("lower(p.last_name), lower(p.first_name), p.id").toString();
    }
}
