package org.rejoin.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralDetails;
import org.rejoin.referral.ReferralHistoryEntry;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Referrals in PostgreSQL. Every read names its scope in SQL (a case, an agency, a school); the pupil's
 * name and school are joined from where they are kept, so the referral row holds ids only.
 */
@Component
public class ReferralStore {

    private static final String SUMMARY = """
            select r.id, r.case_id, r.pupil_id, p.first_name || ' ' || p.last_name, p.upn, p.date_of_birth,
                   p.year_group, r.school_id, s.name, r.agency_type, r.agency_id, a.name, r.origin, r.status,
                   r.requested_at, r.sent_at, r.accept_deadline, r.decided_at, r.completed_at, r.decline_reason,
                   r.recommendations, r.withdrawn_at, r.withdraw_reason""";
    private static final String DETAILS = SUMMARY + """
            , r.reason, r.tried_so_far, r.parental_consent, r.safeguarding_reason, r.reminded_at, r.escalated_at,
                   r.process_instance_key, r.lead_champion, r.requested_by, r.context""";
    private static final String FROM = """
             from referral r join pupil p on p.id = r.pupil_id join school s on s.id = r.school_id
            left join agency a on a.id = r.agency_id""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReferralStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the referral unless one with its id exists; true if this call recorded it. */
    public boolean insert(ReferralRequest request) {
        return !jdbc.queryForList("""
                insert into referral (id, case_id, pupil_id, school_id, agency_type, origin, lead_champion,
                                      requested_by, context, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing returning id""", UUID.class,
                request.referralId(), request.caseId(), request.pupilId(), request.schoolId(),
                request.agencyType().name(), request.origin().name(), request.leadChampion(), request.requestedBy(),
                request.context(), Timestamp.from(Instant.now(clock))).isEmpty();
    }

    public List<ReferralSummary> ofCase(UUID caseId) {
        return jdbc.query(SUMMARY + FROM + " where r.case_id = ? order by r.requested_at desc, r.id",
                (rs, n) -> summary(rs), caseId);
    }

    /** Whether the case has a referral to this type of agency that has not been declined or completed. */
    public boolean underWay(UUID caseId, AgencyType type) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists(select 1 from referral where case_id = ? and agency_type = ?
                              and status in ('REQUESTED', 'SENT', 'ACCEPTED'))""", Boolean.class, caseId, type.name()));
    }

    /**
     * Marks the referral withdrawn if it is still under way; false if it is not (answered, finished, or
     * withdrawn already).
     */
    public boolean withdraw(UUID referralId, String reason, String withdrawnBy) {
        return jdbc.update("""
                update referral set status = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?
                where id = ? and status in ('REQUESTED', 'SENT', 'ACCEPTED')""", Timestamp.from(Instant.now(clock)),
                withdrawnBy, reason, referralId) == 1;
    }

    /** One agency's referrals, newest received first, optionally of one status. */
    public Page<ReferralSummary> toAgency(UUID agencyId, ReferralStatus status, Pageable page) {
        String where = " where r.agency_id = ?" + (status == null ? "" : " and r.status = ?");
        Object[] params = status == null ? new Object[] {agencyId} : new Object[] {agencyId, status.name()};
        List<ReferralSummary> rows = jdbc.query(SUMMARY + FROM + where
                + " order by r.sent_at desc, r.id limit ? offset ?", (rs, n) -> summary(rs),
                append(params, page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*) from referral r" + where, Long.class, params);
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** The referral if it was sent to this agency. */
    public Optional<ReferralDetails> sentTo(UUID referralId, UUID agencyId) {
        return details(" where r.id = ? and r.agency_id = ? and r.status <> 'REQUESTED'", referralId, agencyId);
    }

    /** The referral if it is one of this school's (whether the user may see its case is checked by casework). */
    public Optional<ReferralDetails> ofSchool(UUID referralId, UUID schoolId) {
        return details(" where r.id = ? and r.school_id = ?", referralId, schoolId);
    }

    /** For the process's workers, which act on the referral's behalf. */
    public Optional<ReferralDetails> find(UUID referralId) {
        return details(" where r.id = ?", referralId);
    }

    private Optional<ReferralDetails> details(String where, Object... params) {
        return jdbc.query(DETAILS + FROM + where, (rs, n) -> new ReferralDetails(summary(rs), rs.getString(24),
                rs.getString(25), (Boolean) rs.getObject(26), rs.getString(27), instant(rs, 28), instant(rs, 29),
                (Long) rs.getObject(30), rs.getString(31), rs.getString(32), rs.getString(33),
                history(rs.getObject(1, UUID.class))), params).stream().findFirst();
    }

    private List<ReferralHistoryEntry> history(UUID referralId) {
        return jdbc.query("""
                select e.happened_at, e.what, coalesce(u.display_name, e.by_whom) from referral_event e
                left join app_user u on lower(u.username) = lower(e.by_whom)
                where e.referral_id = ? order by e.happened_at, e.id limit 200""",
                (rs, n) -> new ReferralHistoryEntry(instant(rs, 1), rs.getString(2), rs.getString(3)), referralId);
    }

    private static ReferralSummary summary(ResultSet rs) throws SQLException {
        var born = rs.getDate(6);
        return new ReferralSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                born == null ? null : born.toLocalDate(), rs.getInt(7),
                rs.getObject(8, UUID.class), rs.getString(9), AgencyType.valueOf(rs.getString(10)),
                rs.getObject(11, UUID.class), rs.getString(12), ReferralOrigin.valueOf(rs.getString(13)),
                ReferralStatus.valueOf(rs.getString(14)), instant(rs, 15), instant(rs, 16), instant(rs, 17),
                instant(rs, 18), instant(rs, 19), rs.getString(20), rs.getString(21), instant(rs, 22),
                rs.getString(23));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Object[] append(Object[] params, Object... more) {
        Object[] all = java.util.Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }
}
