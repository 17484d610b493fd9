package org.rejoin.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.rejoin.casework.CaseFigures;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.insight.Outcomes;
import org.rejoin.insight.Overview;
import org.rejoin.insight.SchoolComparison;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.security.Oversight;
import org.rejoin.support.PlanFigures;
import org.rejoin.pupil.internal.AttendanceStore;
import org.rejoin.pupil.internal.AttendanceWindowStore;
import org.rejoin.security.NewUser;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overview benchmark (issue 6, item 7), run by {@code benchmarks/overview.sh}, never by surefire: starts
 * the app, fills its PostgreSQL with a local authority of 200 schools and 20,000 open cases over a year
 * ({@link OverviewData}), recomputes each school's attendance weeks as an import would, then times
 * {@link Overview#of} (everything the overview page shows) for the authority's officer, one school's leader
 * and the officer looking at one school. Figures go to docs/benchmarks.md between the overview markers.
 */
public final class OverviewBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final int CALLS = Integer.getInteger("bench.calls", 200);
    private static final long START = System.nanoTime();

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = CaseThroughput.embedded();
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            phase("app started; PostgreSQL " + jdbc.queryForObject("show server_version", String.class));
            OverviewData.fill(jdbc, OverviewBenchmark::phase);
            List<UUID> schools = jdbc.queryForList("select id from school where local_authority = ? order by urn",
                    UUID.class, OverviewData.AUTHORITY);
            Latencies refresh = refreshEverySchool(app.getBean(AttendanceStore.class), schools);
            Latencies windows = recountEverySchoolsWindows(app.getBean(AttendanceWindowStore.class), jdbc, schools);
            jdbc.execute("analyze school_attendance_week");
            jdbc.execute("analyze attendance_window");
            String shape = shape(jdbc);

            UserService users = app.getBean(UserService.class);
            UserAccount officer = users.create(NewUser.localAuthorityOfficer("officer@bench.example", "Bench Officer",
                    "Attendance lead", OverviewData.AUTHORITY, "a-long-enough-password-1"));
            UserAccount leader = users.findByUsername("LEADER-1-1@bench.example").orElseThrow();
            Overview overview = app.getBean(Overview.class);
            String oneSchool = schools.getFirst().toString();

            Map<String, Supplier<Overview.Figures>> calls = new LinkedHashMap<>();
            calls.put("the authority: 200 schools compared", () -> overview.of(officer, null));
            calls.put("one school, by its leader", () -> overview.of(leader, null));
            calls.put("one school, by the officer (?school=)", () -> overview.of(officer, oneSchool));
            check(calls);
            List<Latencies> results = new ArrayList<>();
            for (var call : calls.entrySet()) {
                results.add(time(call.getKey(), call.getValue()));
            }
            results.add(new Latencies("— of which, for the authority:", 0));
            results.addAll(breakdown(app, Oversight.of(officer)));
            results.add(new Latencies("— the Outcomes page (not held to the target):", 0));
            Outcomes outcomes = app.getBean(Outcomes.class);
            checkOutcomes(outcomes, Oversight.of(officer));
            results.addAll(outcomes(outcomes, Oversight.of(officer), Oversight.of(leader)));
            String figures = report(shape, results, refresh, windows);
            System.out.println(figures);
            BenchmarkFile.replaceSection("overview", figures);
        } finally {
            app.close();
        }
        phase("done");
        System.exit(0); // the embedded engine keeps threads of its own
    }

    private static Latencies refreshEverySchool(AttendanceStore store, List<UUID> schools) {
        phase("recomputing each school's attendance weeks, as after an import");
        Latencies refresh = new Latencies("recompute one school's weeks (1,000 pupils)", schools.size());
        LocalDate yearAgo = LocalDate.now().minusWeeks(52);
        for (UUID school : schools) {
            long t0 = System.nanoTime();
            store.refreshSchoolWeeks(school, yearAgo);
            refresh.add(System.nanoTime() - t0);
        }
        return refresh;
    }

    private static Latencies recountEverySchoolsWindows(AttendanceWindowStore store, JdbcTemplate jdbc,
                                                        List<UUID> schools) {
        phase("counting attendance before and since each case, school by school, as after an import");
        Latencies recount = new Latencies("recount one school's case windows (1,000 pupils)", schools.size());
        for (UUID school : schools) {
            List<UUID> pupils = jdbc.queryForList("select id from pupil where school_id = ?", UUID.class, school);
            long t0 = System.nanoTime();
            store.recomputeForPupils(pupils);
            recount.add(System.nanoTime() - t0);
        }
        return recount;
    }

    /** The figures must be the data's, or the timing means nothing. */
    private static void check(Map<String, Supplier<Overview.Figures>> calls) {
        Overview.Figures all = calls.values().iterator().next().get();
        long open = all.casesByStage().values().stream().mapToLong(Long::longValue).sum();
        if (all.schools().size() != OverviewData.SCHOOLS || open != 20_000L || all.attendance().pupils() == 0) {
            throw new IllegalStateException("unexpected figures: " + all.schools().size() + " schools, " + open
                    + " open cases, " + all.attendance().pupils() + " pupils");
        }
        phase("checked: 200 schools, 20,000 open cases, " + all.attendance().pupils() + " pupils with sessions");
    }

    /** Each figure of the authority's overview on its own, to show where the time goes. */
    private static List<Latencies> breakdown(ConfigurableApplicationContext app, Oversight scope) {
        InboxFigures inbox = app.getBean(InboxFigures.class);
        CaseFigures cases = app.getBean(CaseFigures.class);
        PlanFigures plans = app.getBean(PlanFigures.class);
        ReferralFigures referrals = app.getBean(ReferralFigures.class);
        SchoolComparison comparison = app.getBean(SchoolComparison.class);
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        parts.put("  open steps by step (heat maps)", () -> inbox.openTasksByElement(scope));
        parts.put("  open cases by stage", () -> cases.openByStage(scope));
        parts.put("  plans by state", () -> plans.plansByState(scope));
        parts.put("  coming up (3 counts)", () -> List.of(plans.count(scope, PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK),
                plans.count(scope, PlanFigures.Kind.PART_TIME_RUNNING),
                plans.count(scope, PlanFigures.Kind.PART_TIME_ENDING_SOON)));
        parts.put("  referrals by agency and status", () -> referrals.byAgencyAndStatus(scope));
        parts.put("  schools compared (6 grouped queries)", () -> comparison.rows(scope));
        List<Latencies> results = new ArrayList<>();
        parts.forEach((name, part) -> results.add(time(name, part)));
        return results;
    }

    /** Nearly every case opened in the last year (a few fall on its first day), most with attendance both sides. */
    private static void checkOutcomes(Outcomes outcomes, Oversight authority) {
        var totals = outcomes.attendanceTotals(authority);
        if (totals.total() < 34_000 || totals.notYet() > totals.total() / 10) {
            throw new IllegalStateException("The outcomes do not count the data's cases: " + totals);
        }
    }

    /** The Outcomes page's figures, for the authority and for one school. */
    private static List<Latencies> outcomes(Outcomes outcomes, Oversight authority, Oversight school) {
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        Pageable firstPage = PageRequest.of(0, 50);
        parts.put("  authority: attendance before/since, totals", () -> outcomes.attendanceTotals(authority));
        parts.put("  authority: the same, first page of cases", () -> outcomes.attendanceByCase(authority, firstPage));
        parts.put("  authority: absence week by week", () -> outcomes.absenceByWeek(authority));
        parts.put("  authority: time from concern to plan", () -> outcomes.timeToPlan(authority));
        parts.put("  authority: how long steps take", () -> outcomes.stepTimes(authority));
        parts.put("  one school: all of the above", () -> List.of(outcomes.attendanceTotals(school),
                outcomes.attendanceByCase(school, firstPage), outcomes.absenceByWeek(school),
                outcomes.timeToPlan(school), outcomes.stepTimes(school)));
        List<Latencies> results = new ArrayList<>();
        parts.forEach((name, part) -> results.add(time(name, part, Math.min(CALLS, 30))));
        return results;
    }

    private static Latencies time(String name, Supplier<?> call) {
        return time(name, call, CALLS);
    }

    private static Latencies time(String name, Supplier<?> call, int calls) {
        for (int i = 0; i < Math.min(WARMUP, calls / 4); i++) {
            call.get();
        }
        phase("timing " + calls + " calls: " + name);
        Latencies latencies = new Latencies(name, calls);
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.get();
            latencies.add(System.nanoTime() - t0);
        }
        return latencies;
    }

    private static String shape(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select format('%s schools, %s pupils, %s weekly attendance rows, %s open and %s closed cases, '
                    || '%s open and %s completed steps, %s plans, %s referrals, %s school-week figures',
                    (select count(*) from school), (select count(*) from pupil), (select count(*) from weekly_attendance),
                    (select count(*) from pupil_case where state = 'OPEN'), (select count(*) from pupil_case where state = 'CLOSED'),
                    (select count(*) from task where state = 'OPEN'), (select count(*) from task where state = 'COMPLETED'),
                    (select count(*) from support_plan), (select count(*) from referral),
                    (select count(*) from school_attendance_week))""", String.class);
    }

    private static String report(String shape, List<Latencies> results, Latencies refresh, Latencies windows) {
        StringBuilder out = new StringBuilder(String.format("""
                Measured %s on this machine (2 cores), app started as `./mvnw spring-boot:run` runs it (embedded
                PostgreSQL and Zeebe). Data: %s. One call = `Overview.of`, every figure the page shows (each a
                grouped SQL query by the module owning it), after %d warm-up calls.

                """, LocalDate.now(), shape, WARMUP));
        out.append(Latencies.header().replace("query (one call = page of 50 + its count)", "overview of              "
                + "                   ")).append('\n');
        results.forEach(r -> out.append(r.count() == 0 ? "| " + r.name() + " | | | | | | |" : r.row()).append('\n'));
        out.append(refresh.row()).append('\n').append(windows.row()).append("\n\n");
        double worst = results.stream().filter(r -> !r.name().startsWith(" ") && r.count() > 0).mapToDouble(r -> r.percentileMillis(95)).max().orElse(0);
        out.append(String.format("Target: p95 ≤ 300 ms. Worst p95 here: **%.0f ms** (%s). How long steps take "
                + "is on the overview for one school only; for an authority (a year of completed steps) it is on the "
                + "Outcomes page, timed in the last rows.%n", worst, worst <= 300 ? "met" : "NOT met"));
        return out.toString();
    }


    private static void phase(String what) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - START) / 1e9, what);
    }
}
