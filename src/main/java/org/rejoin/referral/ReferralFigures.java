package org.rejoin.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures from the referrals: referrals by agency type and status, and how many sent ones are past their
 * answer-by date (the agency's SLA broken), with the cases behind each number. Counted over the schools
 * the person oversees; nothing for anyone who oversees none.
 */
@Component
public class ReferralFigures {

    /** Referrals of one agency type in one status; pastAnswerBy counts sent ones still unanswered after their date. */
    public record ReferralCount(AgencyType agencyType, ReferralStatus status, long referrals, long pastAnswerBy) {
    }

    /** Sent and still unanswered after its date; the one parameter is the app clock's now. */
    static final String PAST_ANSWER_BY = "r.status = 'SENT' and r.accept_deadline < ?";
    private static final String OPEN_STATUSES = "'REQUESTED', 'SENT', 'ACCEPTED'";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReferralFigures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Now by the app's clock, for {@link #PAST_ANSWER_BY}. */
    private Timestamp timeNow() {
        return Timestamp.from(Instant.now(clock));
    }

    /** The clock's now, then the scope's own parameters (in the order the statement names them). */
    private static Object[] nowThen(Timestamp now, Object[] following) {
        Object[] args = new Object[following.length + 1];
        args[0] = now;
        System.arraycopy(following, 0, args, 1, following.length);
        return args;
    }

    public List<ReferralCount> byAgencyAndStatus(Oversight scope) {
        return jdbc.query("select r.agency_type, r.status, count(*), count(*) filter "
                        + "(where " + PAST_ANSWER_BY + ") from referral r where " + scope.schools("r.school_id")
                        + " group by r.agency_type, r.status",
                (rs, n) -> new ReferralCount(AgencyType.valueOf(rs.getString(1)), ReferralStatus.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4)), nowThen(timeNow(), scope.args()))
                .stream().sorted(Comparator.comparing(ReferralCount::agencyType).thenComparing(ReferralCount::status))
                .toList();
    }

    /** Open referrals (not yet closed) and those past their answer-by date, per school. */
    public Map<UUID, OpenReferrals> openBySchool(Oversight scope) {
        Map<UUID, OpenReferrals> counts = new HashMap<>();
        jdbc.query("select r.school_id, count(*), count(*) filter (where " + PAST_ANSWER_BY + ") from referral r where "
                + scope.schools("r.school_id") + " and r.status in (" + OPEN_STATUSES + ") group by r.school_id",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), new OpenReferrals(rs.getLong(2), rs.getLong(3)));
                }, nowThen(timeNow(), scope.args()));
        return counts;
    }

    /** A school's referrals still open, and how many of them are past their answer-by date. */
    public record OpenReferrals(long open, long pastAnswerBy) {
    }

    /** A referral not yet closed: requested, sent or accepted. */
    public record OpenReferral(UUID referralId, UUID caseId, AgencyType agencyType, ReferralStatus status) {
    }

    /** The open referrals of each of these cases that has any, oldest first; cases of a school not overseen are left out. */
    public Map<UUID, List<OpenReferral>> openOfCases(Oversight scope, Collection<UUID> caseIds) {
        Map<UUID, List<OpenReferral>> open = new HashMap<>();
        if (scope.isEmpty() || caseIds.isEmpty()) {
            return open;
        }
        jdbc.query("select r.id, r.case_id, r.agency_type, r.status from referral r where " + scope.schools("r.school_id")
                + " and r.status in (" + OPEN_STATUSES + ") and r.case_id = any(?) order by r.requested_at, r.id", rs -> {
                    OpenReferral r = new OpenReferral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            AgencyType.valueOf(rs.getString(3)), ReferralStatus.valueOf(rs.getString(4)));
                    open.computeIfAbsent(r.caseId(), c -> new ArrayList<>()).add(r);
                }, scope.args((Object) caseIds.toArray(UUID[]::new)));
        return open;
    }

    /** The cases with referrals of this type and status (past their answer-by date only, if asked), newest first. */
    public Page<UUID> cases(Oversight scope, AgencyType type, ReferralStatus status, boolean pastAnswerByOnly,
                            Pageable page) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        String where = " from referral r where " + scope.schools("r.school_id")
                + " and r.agency_type = ? and r.status = ?" + (pastAnswerByOnly ? " and " + PAST_ANSWER_BY : "");
        Object[] args = pastAnswerByOnly ? scope.args(type.name(), status.name(), timeNow())
                : scope.args(type.name(), status.name());
        List<UUID> ids = jdbc.queryForList("select r.case_id" + where + " group by r.case_id "
                + "order by max(r.requested_at) desc, r.case_id limit " + page.getPageSize() + " offset "
                + page.getOffset(), UUID.class, args);
        Long total = jdbc.queryForObject("select count(distinct r.case_id)" + where, Long.class, args);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    private static final String WAITING = " from referral r where %s and r.status = 'SENT'";

    /** How many cases have a referral sent to an agency and not yet answered. */
    public long casesWaitingOnAgenciesCount(Oversight scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        Long total = jdbc.queryForObject("select count(distinct r.case_id)" + WAITING.formatted(scope.schools("r.school_id")),
                Long.class, scope.args());
        return total == null ? 0 : total;
    }

    /** The cases with a referral sent to an agency and not yet answered, the longest-waiting first. */
    public Page<UUID> casesWaitingOnAgencies(Oversight scope, Pageable page) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        String where = WAITING.formatted(scope.schools("r.school_id"));
        Object[] args = scope.args();
        List<UUID> ids = jdbc.queryForList("select r.case_id" + where + " group by r.case_id "
                + "order by min(r.accept_deadline) nulls last, r.case_id limit " + page.getPageSize() + " offset "
                + page.getOffset(), UUID.class, args);
        Long total = jdbc.queryForObject("select count(distinct r.case_id)" + where, Long.class, args);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }
}
