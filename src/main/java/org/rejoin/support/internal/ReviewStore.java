package org.rejoin.support.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rejoin.support.PlanReview;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The plan's review history, newest first, a page at a time. */
@Component
public class ReviewStore {

    private final JdbcTemplate jdbc;

    ReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID taskId, UUID caseId, Instant at, String by, String step, String outcome, String agencyType,
                       String notes) {
        jdbc.update("""
                insert into plan_review (task_id, case_id, reviewed_at, reviewed_by, step_description, outcome,
                    agency_type, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing""",
                taskId, caseId, Timestamp.from(at), by, step, outcome, agencyType, notes);
    }

    public Page<PlanReview> page(UUID caseId, Pageable page) {
        List<PlanReview> rows = jdbc.query("""
                select r.reviewed_at, r.reviewed_by, coalesce(u.display_name, r.reviewed_by), r.step_description,
                       r.outcome, r.agency_type, r.notes
                from plan_review r left join app_user u on lower(u.username) = lower(r.reviewed_by)
                where r.case_id = ? order by r.reviewed_at desc, r.task_id limit ? offset ?""",
                (rs, i) -> new PlanReview(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                caseId, page.getPageSize(), page.getOffset());
        Long total = jdbc.queryForObject("select count(*) from plan_review where case_id = ?", Long.class, caseId);
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }
}
