package org.rejoin.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills an empty Rejoin schema (after the Flyway migrations) with the inbox benchmark's data, set-based
 * with generate_series. Shape (fixed seed, so every run builds the same distribution):
 * <ul>
 *   <li>200 schools, 20 agencies; per school 3 attendance champions, 2 school staff, 1 leader and 200 pupils;
 *       2 partners per agency.</li>
 *   <li>100,000 OPEN tasks spread evenly at random over the schools: 10% offered to the school's partner agency
 *       ({@code PARTNER}), 65% to {@code ATTENDANCE_CHAMPION}, 15% to {@code LEADER}, 10% to both; 5% also name
 *       a candidate user. 40% are claimed (assignee set). Created up to 30 days ago, due 5–39 days after
 *       creation (about 30% overdue), 5% without a due date.</li>
 *   <li>1,000,000 COMPLETED tasks over the last two years, completed by a champion (80%) or the leader (20%)
 *       of their school.</li>
 *   <li>{@code task_candidate_group} rows for every open task, named as {@code CandidateGroups.forTask} names
 *       them: {@code school:<id>:ROLE}, {@code agency:<id>:PARTNER}, {@code user:<username>}.</li>
 * </ul>
 * Rows carry realistic widths (guidance text, a small variables document), since heap pages touched is what
 * a page query pays for.
 */
public final class InboxData {

    public static final int SCHOOLS = 200;
    public static final int AGENCIES = 20;
    public static final int OPEN_TASKS = 100_000;
    public static final int COMPLETED_TASKS = 1_000_000;
    public static final int PUPILS_PER_SCHOOL = 200;

    private InboxData() {
    }

    public static void fill(Connection c, Progress progress) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("select setseed(0.42)");
            s.execute("create schema if not exists bench");
            s.execute("create table bench.school_n (n int primary key, id uuid not null)");
            s.execute("create table bench.agency_n (n int primary key, id uuid not null)");
            s.execute("create table bench.pupil_n (school_n int, k int, id uuid not null, primary key (school_n, k))");
            s.execute("""
                    create table bench.step (k int primary key, element_id text, name text, form_id text, guidance text)
                    """);
            s.execute("""
                    insert into bench.step values
                    (0, 'Task_ConfirmConcern', 'Confirm the attendance concern', 'confirm-concern', %s),
                    (1, 'Task_ContactFamily', 'Contact the family', 'contact-family', %s),
                    (2, 'Task_HomeVisit', 'Carry out a home visit', 'home-visit', %s),
                    (3, 'Task_AgreePlan', 'Agree a return-to-school plan', 'return-plan', %s),
                    (4, 'Task_ReviewPlan', 'Review the plan after four weeks', 'review-plan', %s),
                    (5, 'Task_ReferToPartner', 'Refer to a partner agency', 'partner-referral', %s),
                    (6, 'Task_PartnerAssessment', 'Partner assessment', 'partner-assessment', %s),
                    (7, 'Task_LeaderDecision', 'Leader decision on escalation', 'leader-decision', %s)
                    """.formatted(guidance(0), guidance(1), guidance(2), guidance(3), guidance(4), guidance(5),
                    guidance(6), guidance(7)));

            progress.step("schools, agencies, users, pupils");
            s.execute("insert into bench.school_n select n, gen_random_uuid() from generate_series(1, " + SCHOOLS + ") n");
            s.execute("insert into bench.agency_n select n, gen_random_uuid() from generate_series(1, " + AGENCIES + ") n");
            s.execute("""
                    insert into school (id, urn, name, local_authority)
                    select id, lpad((100000 + n)::text, 6, '0'), 'Benchmark School ' || n, 'Benchshire' from bench.school_n
                    """);
            s.execute("""
                    insert into agency (id, name, agency_type, local_authority)
                    select id, 'Benchmark Agency ' || n,
                           (array['EARLY_HELP','MENTAL_HEALTH_SUPPORT','EDUCATION_INCLUSION','ATTENDANCE_IMPROVEMENT',
                                  'SEND_ADVISORY','EDUCATIONAL_PSYCHOLOGY'])[1 + n % 6], 'Benchshire'
                    from bench.agency_n
                    """);
            s.execute("""
                    insert into app_user (id, username, display_name, password_hash, role, school_id, agency_id)
                    select gen_random_uuid(), u.username, initcap(replace(u.username, '-', ' ')), '{noop}x', u.role, s.id, null
                    from bench.school_n s cross join lateral (values
                        ('champion-' || s.n || '-1', 'ATTENDANCE_CHAMPION'), ('champion-' || s.n || '-2', 'ATTENDANCE_CHAMPION'),
                        ('champion-' || s.n || '-3', 'ATTENDANCE_CHAMPION'), ('staff-' || s.n || '-1', 'SCHOOL_STAFF'),
                        ('staff-' || s.n || '-2', 'SCHOOL_STAFF'), ('leader-' || s.n, 'LEADER')) u(username, role)
                    """);
            s.execute("""
                    insert into app_user (id, username, display_name, password_hash, role, school_id, agency_id)
                    select gen_random_uuid(), 'partner-' || a.n || '-' || k, 'Partner ' || a.n || ' ' || k, '{noop}x',
                           'PARTNER', null, a.id
                    from bench.agency_n a cross join generate_series(1, 2) k
                    """);
            s.execute("insert into bench.pupil_n select s.n, k, gen_random_uuid() from bench.school_n s "
                    + "cross join generate_series(1, " + PUPILS_PER_SCHOOL + ") k");
            s.execute("""
                    insert into pupil (id, school_id, upn, first_name, last_name, date_of_birth, year_group, sen_status)
                    select p.id, s.id, 'B' || lpad((p.school_n * 1000 + p.k)::text, 12, '0'),
                           (array['Amira','Ben','Chloe','Dylan','Ella','Farah','George','Hana','Isaac','Jade'])[1 + p.k % 10],
                           (array['Ahmed','Brown','Clarke','Davies','Evans','Fraser','Green','Hughes','Iqbal','Jones',
                                  'Khan','Lewis','Morgan','Nowak','Owen','Patel','Quinn','Roberts','Smith','Taylor'])[1 + (p.k * 7 + p.school_n) % 20],
                           date '2010-09-01' + (p.k * 13 % 1800), 7 + p.k % 7, 'NONE'
                    from bench.pupil_n p join bench.school_n s on s.n = p.school_n
                    """);

            progress.step("1,000,000 COMPLETED tasks");
            s.execute(taskInsert(COMPLETED_TASKS, 3_000_000_000L, true));
            progress.step("100,000 OPEN tasks");
            s.execute(taskInsert(OPEN_TASKS, 1_000_000_000L, false));

            progress.step("task_candidate_group rows for open tasks");
            // as CandidateGroups.forTask names them: plain roles scoped by the task's school (or agency for PARTNER)
            s.execute("""
                    insert into task_candidate_group (task_id, group_name, due_date)
                    select t.id, case when g = 'PARTNER' then 'agency:' || t.agency_id || ':' || g
                                      else 'school:' || t.school_id || ':' || g end, t.due_date
                    from task t cross join unnest(t.candidate_groups) g where t.state = 'OPEN'
                    union all
                    select t.id, 'user:' || u, t.due_date
                    from task t cross join unnest(t.candidate_users) u where t.state = 'OPEN'
                    """);
            progress.step("VACUUM ANALYZE (the steady state autovacuum would reach)");
            c.setAutoCommit(true);
            s.execute("vacuum (analyze) task");
            s.execute("vacuum (analyze) task_candidate_group");
            s.execute("vacuum (analyze) pupil");
            s.execute("analyze");
        }
    }

    /**
     * One set-based insert of tasks. Every random draw is made once per row in {@code r}, then each column is
     * derived from it, so the distributions above hold exactly in expectation.
     */
    private static String taskInsert(int rows, long jobKeyBase, boolean completed) {
        String state = completed ? "'COMPLETED'" : "'OPEN'";
        // completed: created over two years, finished 0-20 days later by a champion (80%) or the leader
        String createdAt = completed ? "now() - r.a * interval '730 days'" : "now() - r.a * interval '30 days'";
        String completedBy = completed
                ? "case when r.c < 0.8 then 'champion-' || r.sn || '-' || (1 + floor(r.d * 3)::int) else 'leader-' || r.sn end"
                : "null";
        String completedAt = completed ? "x.created_at + r.b * interval '20 days'" : "null";
        String assignee = completed ? completedBy
                : """
                  case when r.f >= 0.4 then null
                       when x.grp = 'PARTNER' then 'partner-' || (1 + r.sn %% %d) || '-' || (1 + floor(r.d * 2)::int)
                       when x.grp = 'LEADER' then 'leader-' || r.sn
                       else 'champion-' || r.sn || '-' || (1 + floor(r.d * 3)::int) end""".formatted(AGENCIES);
        return """
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                    element_name, guidance, case_id, pupil_id, school_id, agency_id, candidate_groups, candidate_users,
                    assignee, due_date, follow_up_date, priority, form_id, form_key, variables, state, created_at,
                    job_deadline, checked_at, completed_by, completed_at)
                select gen_random_uuid(), %2$d + r.g, 5000000000 + r.g, 2251799813685249, 'attendance-case',
                       st.element_id, st.name, st.guidance, gen_random_uuid(), p.id, s.id,
                       case when x.grp = 'PARTNER' then a.id end,
                       case x.grp when 'BOTH' then array['ATTENDANCE_CHAMPION', 'LEADER'] else array[x.grp] end,
                       case when r.e < 0.05 then array['champion-' || r.sn || '-1'] else '{}' end,
                       %3$s,
                       case when r.e > 0.95 then null else x.created_at + (5 + floor(r.b * 35)::int) * interval '1 day' end,
                       null,
                       case when r.e < 0.2 then 75 when r.e > 0.9 then 25 else 50 end,
                       st.form_id, 'camunda-forms:bpmn:' || st.form_id,
                       jsonb_build_object('caseId', r.g, 'reason', 'Persistent absence',
                                          'attendancePercent', round((60 + r.b * 30)::numeric, 1),
                                          'referredBy', 'champion-' || r.sn || '-1'),
                       %1$s, x.created_at,
                       now() + interval '30 days', now() - r.b * interval '1 hour',
                       %4$s, %5$s
                from (select g, 1 + floor(random() * %6$d)::int as sn, random() as a, random() as b, random() as c,
                             random() as d, random() as e, random() as f, 1 + floor(random() * %7$d)::int as pk, floor(random() * 8)::int as k
                      from generate_series(1, %8$d) g) r
                cross join lateral (select %9$s as created_at,
                        case when r.c < 0.1 and not %10$s then 'PARTNER'
                             when r.d < 0.65 then 'ATTENDANCE_CHAMPION' when r.d < 0.80 then 'LEADER'
                             when r.d < 0.90 then 'BOTH' else 'ATTENDANCE_CHAMPION' end as grp) x
                join bench.school_n s on s.n = r.sn
                join bench.agency_n a on a.n = 1 + r.sn %% %11$d
                join bench.pupil_n p on p.school_n = r.sn and p.k = r.pk
                join bench.step st on st.k = r.k
                """.formatted(state, jobKeyBase, assignee, completedBy, completedAt, SCHOOLS, PUPILS_PER_SCHOOL,
                rows, createdAt, completed, AGENCIES);
    }

    private static String guidance(int k) {
        return "'Step " + k + ": check the pupil''s attendance record for the last six school weeks, read the case "
                + "chronology, and speak to the key adult before acting. Record what was agreed with the family and "
                + "any barriers to attendance (health, transport, bullying, caring duties) in the form below.'";
    }

    /** Prints one progress line per phase with the time the previous one took. */
    public interface Progress {
        void step(String what);
    }
}
