package org.rejoin.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leader's figures from the referrals: their school's referrals by agency type and status, and how many
 * sent ones are past their answer-by date (the agency's SLA broken), with the cases behind each number.
 * Leaders only; anyone else gets nothing.
 */
@Component
public class ReferralFigures {

    /** Referrals of one agency type in one status; pastAnswerBy counts sent ones still unanswered after their date. */
    public record ReferralCount(AgencyType agencyType, ReferralStatus status, long referrals, long pastAnswerBy) {
    }

    static final String PAST_ANSWER_BY = "r.status = 'SENT' and r.accept_deadline < now()";

    private final JdbcTemplate jdbc;

    ReferralFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReferralCount> byAgencyAndStatus(UserAccount leader) {
        return leader.schoolLed().map(school -> jdbc.query("select r.agency_type, r.status, count(*), count(*) filter "
                        + "(where " + PAST_ANSWER_BY + ") from referral r where r.school_id = ? "
                        + "group by r.agency_type, r.status",
                (rs, n) -> new ReferralCount(AgencyType.valueOf(rs.getString(1)), ReferralStatus.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4)), school))
                .map(rows -> rows.stream().sorted(java.util.Comparator
                        .comparing(ReferralCount::agencyType).thenComparing(ReferralCount::status)).toList())
                .orElse(List.of());
    }

    /** The cases with referrals of this type and status (past their answer-by date only, if asked), newest first. */
    public Page<UUID> cases(UserAccount leader, AgencyType type, ReferralStatus status, boolean pastAnswerByOnly,
                            Pageable page) {
        UUID school = leader.schoolLed().orElse(null);
        if (school == null) {
            return Page.empty(page);
        }
        String where = " from referral r where r.school_id = ? and r.agency_type = ? and r.status = ?"
                + (pastAnswerByOnly ? " and " + PAST_ANSWER_BY : "");
        List<Object> args = new ArrayList<>(List.of(school, type.name(), status.name()));
        List<UUID> ids = jdbc.queryForList("select r.case_id" + where + " group by r.case_id "
                + "order by max(r.requested_at) desc, r.case_id limit " + page.getPageSize() + " offset "
                + page.getOffset(), UUID.class, args.toArray());
        Long total = jdbc.queryForObject("select count(distinct r.case_id)" + where, Long.class, args.toArray());
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }
}
