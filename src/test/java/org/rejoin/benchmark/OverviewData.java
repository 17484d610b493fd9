package org.rejoin.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the app's database with one local authority's year, set-based with generate_series (fixed seed):
 * <ul>
 *   <li>200 schools of "Benchmark Borough", each with a leader, 3 attendance champions and 1,000 pupils;
 *       20 agencies;</li>
 *   <li>52 weeks of attendance per pupil (10.4 million rows): most pupils attend about 95%, one in eight
 *       about 85%, one in fifty about 40%; no sessions in August;</li>
 *   <li>20,000 open cases (100 per school, opened over the last year; 45% at the support-plan stage) and
 *       15,000 closed in the last year, each with its attendance window (figures not yet counted);</li>
 *   <li>a support plan for every plan-stage case (mostly working on steps, reviews due within a month either
 *       side), half the closed cases with a sustained plan, part-time timetables on one plan in five;</li>
 *   <li>open steps at a step of each open case's stage (about 19,000; a quarter overdue)
 *       and 420,000 completed steps over the year (12 per case);</li>
 *   <li>referrals on one case in five (open cases) and one in ten (closed), in every status.</li>
 * </ul>
 */
final class OverviewData {

    static final String AUTHORITY = "Benchmark Borough";
    static final int SCHOOLS = 200;
    static final int PUPILS_PER_SCHOOL = 1000;
    static final int OPEN_CASES_PER_SCHOOL = 100;
    static final int CLOSED_CASES_PER_SCHOOL = 75;
    static final int COMPLETED_STEPS_PER_CASE = 12;

    private OverviewData() {
    }

    interface Progress {
        void step(String what);
    }

    static void fill(JdbcTemplate jdbc, Progress progress) {
        jdbc.execute("set synchronous_commit = off");
        jdbc.queryForList("select setseed(0.42)");
        jdbc.execute("drop schema if exists bench cascade");
        jdbc.execute("create schema bench");
        progress.step("schools, agencies, staff, pupils");
        jdbc.update("create table bench.school_n as select n, gen_random_uuid() as id from generate_series(1, ?) n",
                SCHOOLS);
        jdbc.update("insert into school (id, urn, name, local_authority) select id, (300000 + n)::text, "
                + "'Benchmark School ' || lpad(n::text, 3, '0'), ? from bench.school_n", AUTHORITY);
        jdbc.update("insert into agency (id, name, agency_type, local_authority) select gen_random_uuid(), "
                + "'Benchmark agency ' || n, (array['EARLY_HELP', 'MENTAL_HEALTH_SUPPORT', 'EDUCATION_INCLUSION', "
                + "'ATTENDANCE_IMPROVEMENT', 'SEND_ADVISORY', 'EDUCATIONAL_PSYCHOLOGY'])[1 + n % 6], ? "
                + "from generate_series(1, 20) n", AUTHORITY);
        jdbc.execute("""
                insert into app_user (id, username, display_name, job_title, password_hash, role, school_id)
                select gen_random_uuid(), r.role || '-' || s.n || '-' || k || '@bench.example', 'Bench ' || r.role || ' ' || k,
                       r.title, '{noop}not-for-signing-in', r.role, s.id
                from bench.school_n s
                cross join (values ('LEADER', 'Headteacher', 1), ('ATTENDANCE_CHAMPION', 'Attendance champion', 3)) r(role, title, people)
                cross join lateral generate_series(1, r.people) k""");
        jdbc.update("""
                create table bench.pupil_n as
                select s.n as school_n, s.id as school_id, k, gen_random_uuid() as id,
                       case when random() < 0.02 then 0.4 when random() < 0.125 then 0.85 else 0.95 end as attends
                from bench.school_n s cross join generate_series(1, ?) k""", PUPILS_PER_SCHOOL);
        jdbc.execute("""
                insert into pupil (id, school_id, upn, first_name, last_name, date_of_birth, year_group, sen_status)
                select id, school_id, 'X' || lpad((school_n * 10000 + k)::text, 12, '0'), 'Pupil', 'Bench ' || k,
                       date '2012-01-01' + (k % 1500), 7 + k % 5, 'NONE'
                from bench.pupil_n""");

        progress.step("52 weeks of attendance for 200,000 pupils (keys built after the load, as a bulk load would)");
        jdbc.execute("alter table weekly_attendance drop constraint weekly_attendance_pkey, "
                + "drop constraint weekly_attendance_one_row_a_week");
        jdbc.execute("set session_replication_role = replica"); // the pupils were just inserted: skip FK checks
        jdbc.execute("""
                insert into weekly_attendance (id, pupil_id, week_starting, sessions_possible, present,
                                               authorised_absence, unauthorised_absence, late)
                select gen_random_uuid(), p.id, w.monday, w.possible, w.present,
                       (w.possible - w.present) / 2, (w.possible - w.present) - (w.possible - w.present) / 2, 0
                from bench.pupil_n p
                cross join lateral (
                    select monday, possible,
                           least(possible, greatest(0, round(possible * p.attends + (random() - 0.5) * 3)))::int as present
                    from (select (date_trunc('week', now())::date - 7 * i) as monday from generate_series(1, 52) i) weeks
                    cross join lateral (select case when extract(month from monday) = 8 then 0 else 10 end as possible) s
                ) w""");
        jdbc.execute("set session_replication_role = origin");
        jdbc.execute("alter table weekly_attendance add primary key (id), "
                + "add constraint weekly_attendance_one_row_a_week unique (pupil_id, week_starting)");

        progress.step("cases, plans, part-time timetables, referrals");
        jdbc.update("""
                create table bench.case_n as
                select gen_random_uuid() as id, p.id as pupil_id, p.school_id, p.school_n, p.k,
                       p.k <= ? as open,
                       now() - random() * interval '365 days' as opened_at
                from bench.pupil_n p where p.k <= ?""", OPEN_CASES_PER_SCHOOL,
                OPEN_CASES_PER_SCHOOL + CLOSED_CASES_PER_SCHOOL);
        jdbc.execute("""
                insert into pupil_case (id, pupil_id, school_id, state, stage, origin, reason, opened_by, opened_at,
                                        lead_champion, closed_at, closed_reason)
                select id, pupil_id, school_id, case when open then 'OPEN' else 'CLOSED' end,
                       case when not open then 'CLOSED' when k % 20 < 9 then 'SUPPORT_PLAN' else 'UNDERSTANDING' end,
                       'ATTENDANCE_DATA', 'Attendance dropped', 'rejoin', opened_at,
                       'attendance_champion-' || school_n || '-' || (1 + k % 3) || '@bench.example',
                       case when open then null else least(now(), opened_at + (30 + random() * 90) * interval '1 day') end,
                       case when open then null else 'Plan sustained' end
                from bench.case_n""");
        // as CaseService starts them; their figures are counted by the benchmark, school by school, as an import would
        jdbc.execute("""
                insert into attendance_window (key, pupil_id, school_id, from_date, until_date)
                select id, pupil_id, school_id, (opened_at at time zone 'Europe/London')::date,
                       (closed_at at time zone 'Europe/London')::date
                from pupil_case where school_id in (select id from bench.school_n)""");
        jdbc.execute("""
                insert into support_plan (case_id, school_id, pupil_id, state, review_every, next_review_due, started_at)
                select id, school_id, pupil_id,
                       case when not open then 'SUSTAINED' when k % 10 = 0 then 'GATHERING_VIEWS'
                            when k % 10 = 1 then 'AGREEING_STEPS' when k % 10 = 9 then 'CLOSED_FOLLOWING_UP'
                            else 'WORKING_ON_STEPS' end,
                       'P14D', now() + (random() * 28 - 7) * interval '1 day',
                       opened_at + (10 + random() * 30) * interval '1 day'
                from bench.case_n where (open and k % 20 < 9) or (not open and k % 2 = 0)""");
        jdbc.execute("""
                insert into part_time_timetable (id, case_id, school_id, state, start_date, end_date)
                select gen_random_uuid(), case_id, school_id, 'APPROVED', d, d + 28
                from (select case_id, school_id, current_date - (random() * 20)::int as d from support_plan
                      where state = 'WORKING_ON_STEPS' and random() < 0.2) running""");
        jdbc.execute("""
                insert into referral (id, case_id, pupil_id, school_id, agency_type, agency_id, origin, status,
                                      requested_at, sent_at, accept_deadline)
                select gen_random_uuid(), c.id, c.pupil_id, c.school_id, a.agency_type,
                       case when st.status = 'REQUESTED' then null else a.id end, 'PLAN', st.status,
                       c.opened_at + interval '20 days',
                       case when st.status = 'REQUESTED' then null else c.opened_at + interval '21 days' end,
                       case when st.status = 'REQUESTED' then null else c.opened_at + interval '28 days' end
                from bench.case_n c
                cross join lateral (select id, agency_type from agency where local_authority = 'Benchmark Borough'
                                    order by id offset (c.k % 20) limit 1) a
                cross join lateral (select (array['REQUESTED', 'SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED'])
                                           [1 + (c.k / 5) % 5] as status) st
                where (c.open and c.k % 5 = 1) or (not c.open and c.k % 10 = 1)""");

        progress.step("open and completed steps");
        jdbc.execute("create sequence bench.job_key start 1000000");
        jdbc.execute("""
                create table bench.element (stage text, k int, process_id text, element_id text, name text);
                insert into bench.element values
                  ('UNDERSTANDING', 0, 'barrier-understanding', 'Task_ActOnDrop', '1. Take action as soon as you notice a drop in attendance'),
                  ('UNDERSTANDING', 1, 'barrier-understanding', 'Task_GatherEvidence', '2. Use the template to gather evidence'),
                  ('UNDERSTANDING', 2, 'barrier-understanding', 'Task_AssembleTeam', '3. Assemble a team to support the pupil and their family'),
                  ('UNDERSTANDING', 3, 'barrier-understanding', 'Task_GatherPupilInformation', '4. Gather information about the pupil'),
                  ('UNDERSTANDING', 4, 'barrier-understanding', 'Task_ColleagueInformation', '5. Tell us what you know about this pupil'),
                  ('UNDERSTANDING', 5, 'barrier-understanding', 'Task_InviteParents', '6. Invite the parents/carers into school to talk'),
                  ('UNDERSTANDING', 6, 'barrier-understanding', 'Task_HearFromPupil', '7. Hear directly from the pupil'),
                  ('UNDERSTANDING', 7, 'barrier-understanding', 'Task_CreatePlan', '8. Create a plan for reintegration'),
                  ('SUPPORT_PLAN', 0, 'stepped-support-plan', 'Task_GatherViews', '1. Gather everyone''s views'),
                  ('SUPPORT_PLAN', 1, 'stepped-support-plan', 'Task_AgreeGoalsAndSteps', '2. Agree the goal and the steps'),
                  ('SUPPORT_PLAN', 2, 'stepped-support-plan', 'Task_Review', '3. Review the current step'),
                  ('SUPPORT_PLAN', 3, 'stepped-support-plan', 'Task_AdaptStep', 'Adapt the step')""");
        jdbc.execute("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, case_id, pupil_id, school_id, assignee, due_date, state, created_at,
                                  variables)
                select gen_random_uuid(), nextval('bench.job_key'), c.k + c.school_n * 1000, 1, e.process_id,
                       e.element_id, e.name, c.id, c.pupil_id, c.school_id,
                       case when random() < 0.6 then 'attendance_champion-' || c.school_n || '-' || (1 + c.k % 3)
                            || '@bench.example' end,
                       now() + (random() * 20 - 5) * interval '1 day', 'OPEN', now() - random() * interval '10 days',
                       '{"caseId": "bench"}'::jsonb
                from bench.case_n c join pupil_case pc on pc.id = c.id
                cross join generate_series(0, 1) second
                join bench.element e on e.stage = pc.stage
                     and e.k = (c.k + second * 3) % (case when pc.stage = 'UNDERSTANDING' then 8 else 4 end)
                where c.open and (second = 0 or random() < 0.3)""");
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, case_id, pupil_id, school_id, due_date, state, created_at,
                                  completed_by, completed_at, variables)
                select gen_random_uuid(), nextval('bench.job_key'), c.k + c.school_n * 1000, 1, e.process_id,
                       e.element_id, e.name, c.id, c.pupil_id, c.school_id, t.created + interval '5 days', 'COMPLETED',
                       t.created, 'attendance_champion-' || c.school_n || '-1@bench.example',
                       least(now(), t.created + random() * interval '5 days'), '{"caseId": "bench"}'::jsonb
                from bench.case_n c
                cross join generate_series(0, ? - 1) i
                join bench.element e on e.stage = (case when i < 8 then 'UNDERSTANDING' else 'SUPPORT_PLAN' end)
                     and e.k = (case when i < 8 then i else (i - 8) % 4 end)
                cross join lateral (select least(now() - interval '1 hour', c.opened_at + i * interval '2 days'
                                    + random() * interval '1 day') as created) t""", COMPLETED_STEPS_PER_CASE);

        progress.step("VACUUM ANALYZE (as autovacuum would have by now)");
        jdbc.execute("vacuum analyze");
    }
}
