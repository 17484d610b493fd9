package org.rejoin.inbox.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.rejoin.benchmark.InboxData;
import org.rejoin.benchmark.InboxViewHeap;
import org.rejoin.benchmark.Latencies;
import org.rejoin.benchmark.RecordingJdbcTemplate;
import org.rejoin.inbox.CandidateGroups;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskFilter;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The inbox benchmark (issue 3, item 11), run by {@code benchmarks/inbox.sh}, never by surefire: fills an
 * embedded PostgreSQL with 100,000 open and 1,000,000 completed tasks over 200 schools ({@link InboxData}),
 * times the first page of each inbox list through the real {@link TaskQueries} (as {@code InboxService.list}
 * calls it), EXPLAINs each statement it sends, and measures the heap of one open inbox view
 * ({@link InboxViewHeap}). Lives in this package only because {@link TaskQueries}' constructor is package-private.
 */
public final class InboxQueryBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 200);
    private static final int CALLS = Integer.getInteger("bench.calls", 2000);
    private static final int VIEWS = Integer.getInteger("bench.views", 200);
    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    private static final long START = System.nanoTime();
    private static long phaseStart = START;

    /** One inbox list as InboxService.list runs it, for a user drawn from {@code users}. */
    private record Case(String name, String intendedIndex, List<UserAccount> users,
                        Function<UserAccount, Page<InboxTask>> call) {
    }

    public static void main(String[] args) throws Exception {
        phase("start: JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var admin = postgres.getPostgresDatabase();
            String version = new JdbcTemplate(admin).queryForObject("select version()", String.class);
            phase("embedded PostgreSQL started: " + version);

            Flyway.configure().dataSource(admin).locations("classpath:db/migration").load().migrate();
            phase("Flyway migrations applied");

            try (Connection c = admin.getConnection()) {
                c.setAutoCommit(true);
                InboxData.fill(c, InboxQueryBenchmark::phase);
            }
            phase("data loaded and analysed");
            printShape(new JdbcTemplate(admin));

            HikariConfig config = new HikariConfig();
            config.setDataSource(admin);
            config.setMaximumPoolSize(4);
            config.setPoolName("bench");
            try (HikariDataSource pool = new HikariDataSource(config)) {
                run(pool);
            }
        }
        phase("done");
    }

    private static void run(HikariDataSource pool) {
        var named = new RecordingJdbcTemplate(pool);
        var queries = new TaskQueries(named, java.time.Clock.system(org.rejoin.base.ui.UkDates.ZONE));
        var jdbc = new JdbcTemplate(pool);
        List<UserAccount> everyone = jdbc.query("select id, username, display_name, job_title, role, school_id, agency_id "
                + "from app_user order by username", (rs, i) -> new UserAccount(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)),
                rs.getObject(6, UUID.class), rs.getObject(7, UUID.class)));
        var champions = shuffled(everyone, Role.ATTENDANCE_CHAMPION);
        var leaders = shuffled(everyone, Role.LEADER);
        var partners = shuffled(everyone, Role.PARTNER);
        var completers = new ArrayList<>(champions);
        completers.addAll(leaders);
        Collections.shuffle(completers, new Random(7));

        // exactly as InboxService.list dispatches: MINE, GROUPS (a leader's is the whole school), COMPLETED, OVERDUE
        TaskFilter none = TaskFilter.NONE;
        List<Case> cases = List.of(
                new Case("My tasks (champion)", "task_open_assignee_idx", champions,
                        u -> queries.assignedTo(u.username(), TaskScope.of(u), none, FIRST_PAGE)),
                new Case("My groups' tasks (champion)", "task_candidate_group_due_idx", champions,
                        u -> queries.forCandidates(CandidateGroups.of(u), TaskScope.of(u), none, FIRST_PAGE)),
                new Case("My groups' tasks (partner, agency scope)", "task_candidate_group_due_idx", partners,
                        u -> queries.forCandidates(CandidateGroups.of(u), TaskScope.of(u), none, FIRST_PAGE)),
                new Case("School-wide open tasks (leader's groups list)", "task_open_school_idx", leaders,
                        u -> queries.allOpen(TaskScope.of(u), none, FIRST_PAGE)),
                new Case("Completed by me (champion or leader)", "task_completed_by_idx", completers,
                        u -> queries.completedBy(u.username(), TaskScope.of(u), none, FIRST_PAGE)),
                new Case("Overdue (champion)", "task_open_school_idx", champions,
                        u -> queries.overdue(u.username(), CandidateGroups.of(u), TaskScope.of(u), none, FIRST_PAGE)));

        phase("warm-up: " + WARMUP + " calls per query");
        for (Case c : cases) {
            for (int i = 0; i < WARMUP; i++) {
                c.call().apply(c.users().get(i % c.users().size()));
            }
        }
        // the navigation badge (InboxService.counts) runs two counts on every page view
        Function<UserAccount, long[]> counts = u -> new long[] {
                queries.countAssignedTo(u.username(), TaskScope.of(u)),
                queries.countOverdue(u.username(), CandidateGroups.of(u), TaskScope.of(u))};
        for (int i = 0; i < WARMUP; i++) {
            counts.apply(champions.get(i % champions.size()));
        }

        phase("timing: " + CALLS + " calls per query, users varied");
        List<Latencies> results = new ArrayList<>();
        Map<String, Long> rowsSeen = new LinkedHashMap<>();
        for (Case c : cases) {
            var lat = new Latencies(c.name(), CALLS);
            long rows = 0;
            for (int i = 0; i < CALLS; i++) {
                UserAccount u = c.users().get(i % c.users().size());
                long t0 = System.nanoTime();
                Page<InboxTask> page = c.call().apply(u);
                lat.add(System.nanoTime() - t0);
                rows += page.getNumberOfElements();
            }
            results.add(lat);
            rowsSeen.put(c.name(), rows);
            System.out.printf("  %-46s p95 %.3f ms, %.1f rows a page on average%n", c.name(),
                    lat.percentileMillis(95), rows / (double) CALLS);
        }
        var countLat = new Latencies("Navigation counts (2 counts, champion)", CALLS);
        for (int i = 0; i < CALLS; i++) {
            UserAccount u = champions.get(i % champions.size());
            long t0 = System.nanoTime();
            counts.apply(u);
            countLat.add(System.nanoTime() - t0);
        }
        results.add(countLat);

        phase("results");
        System.out.println(Latencies.header());
        results.forEach(l -> System.out.println(l.row()));

        phase("EXPLAIN (ANALYZE, BUFFERS) of each statement TaskQueries sends (one representative user)");
        var plain = new NamedParameterJdbcTemplate(pool);
        for (Case c : cases) {
            UserAccount u = c.users().get(0);
            named.record(true);
            c.call().apply(u);
            var statements = named.recorded();
            named.record(false);
            for (var s : statements) {
                boolean count = s.sql().startsWith("select count(*)");
                System.out.println();
                System.out.println("### " + c.name() + (count ? " -- count query" : " -- page query")
                        + " (user " + u.username() + ")");
                System.out.println("SQL: " + oneLine(s.sql()));
                List<String> plan = plain.queryForList("explain (analyze, buffers) " + s.sql(), s.params(), String.class);
                plan.forEach(line -> System.out.println("    " + line));
                String text = String.join("\n", plan);
                if (!count) {
                    System.out.println("    => intended index " + c.intendedIndex() + ": "
                            + (text.contains(c.intendedIndex()) ? "USED" : "NOT USED")
                            + "; indexes in plan: " + indexesIn(text));
                }
            }
        }

        phase("heap of one open inbox view (" + VIEWS + " samples, used heap after full GCs)");
        InboxViewHeap.Source source = (i, pageable) -> {
            UserAccount u = champions.get(i % champions.size());
            return queries.forCandidates(CandidateGroups.of(u), TaskScope.of(u), TaskFilter.NONE, pageable);
        };
        // warm the code paths and classes first, so class metadata and caches are not counted
        InboxViewHeap.pages(source, 20);
        InboxViewHeap.views(source, 20);
        for (int round = 1; round <= 3; round++) {
            var pages = InboxViewHeap.pages(source, VIEWS);
            var views = InboxViewHeap.views(source, VIEWS);
            System.out.printf("  round %d: %s: %.1f KB each; %s: %.1f KB each%n", round, pages.what(),
                    pages.perItemKb(), views.what(), views.perItemKb());
        }

        if (Boolean.parseBoolean(System.getProperty("bench.whatif", "true"))) {
            WhatIf.run(pool, named, queries, champions, completers, CALLS, WARMUP);
        }
    }

    private static List<UserAccount> shuffled(List<UserAccount> users, Role role) {
        var list = new ArrayList<>(users.stream().filter(u -> u.role() == role).toList());
        Collections.shuffle(list, new Random(42));
        return list;
    }

    private static String indexesIn(String plan) {
        var m = java.util.regex.Pattern.compile("(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\\w+)")
                .matcher(plan);
        var names = new java.util.LinkedHashSet<String>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }

    private static void printShape(JdbcTemplate jdbc) {
        jdbc.queryForList("""
                select 'task ' || state as what, count(*)::text as n from task group by state
                union all select 'task_candidate_group', count(*)::text from task_candidate_group
                union all select 'school', count(*)::text from school
                union all select 'agency', count(*)::text from agency
                union all select 'app_user', count(*)::text from app_user
                union all select 'pupil', count(*)::text from pupil
                union all select 'open tasks assigned', count(*)::text from task where state = 'OPEN' and assignee is not null
                union all select 'open tasks overdue', count(*)::text from task where state = 'OPEN' and due_date < now()
                union all select 'task table size', pg_size_pretty(pg_total_relation_size('task'))
                """).forEach(r -> System.out.printf("  %-24s %s%n", r.get("what"), r.get("n")));
        jdbc.queryForList("""
                select indexrelname as index, pg_size_pretty(pg_relation_size(indexrelid)) as size
                from pg_stat_user_indexes where relname in ('task', 'task_candidate_group') order by indexrelname
                """).forEach(r -> System.out.printf("  index %-32s %s%n", r.get("index"), r.get("size")));
    }

    private static void phase(String what) {
        long now = System.nanoTime();
        System.out.printf("[%6.1f s | +%5.1f s] %s%n", (now - START) / 1e9, (now - phaseStart) / 1e9, what);
        System.out.flush();
        phaseStart = now;
    }

    /**
     * Candidate fixes, tried on the benchmark's own throw-away database only (after every figure above has been
     * taken, since they change it): each times the page statement alone, as TaskQueries sends it for each user,
     * before and after the change. Nothing here changes the project's migrations or query code.
     */
    static final class WhatIf {

        static void run(HikariDataSource pool, RecordingJdbcTemplate named, TaskQueries queries,
                        List<UserAccount> champions, List<UserAccount> completers, int calls, int warmup) {
            phase("what-if: candidate fixes, on this benchmark database only");
            var plain = new NamedParameterJdbcTemplate(pool);
            var jdbc = new JdbcTemplate(pool);

            // Completed by me: the page and its count, apart, then with an index whose leading columns are both
            // equality conditions and whose rest is the whole order by: the page reads 50 rows in index order and
            // the count can be an index-only scan
            Function<UserAccount, Page<InboxTask>> completedBy =
                    u -> queries.completedBy(u.username(), TaskScope.of(u), TaskFilter.NONE, FIRST_PAGE);
            var completedPage = statements(named, completers, completedBy, 0);
            var completedCount = statements(named, completers, completedBy, 1);
            time(plain, "Completed by me: page statement, as today", completedPage, calls, warmup);
            time(plain, "Completed by me: count statement, as today", completedCount, calls, warmup);
            jdbc.execute("create index task_completed_by_page_idx on task "
                    + "(completed_by, school_id, completed_at desc, due_date, id) where state = 'COMPLETED'");
            jdbc.execute("analyze task");
            time(plain, "  + index (completed_by, school_id, completed_at desc, due_date, id): page",
                    completedPage, calls, warmup);
            time(plain, "  + same index: count", completedCount, calls, warmup);
            timeCalls("  + same index: TaskQueries.completedBy (page + count)", completers, completedBy, calls, warmup);

            // My groups' tasks: where its time goes, page against count
            Function<UserAccount, Page<InboxTask>> groupsOf =
                    u -> queries.forCandidates(CandidateGroups.of(u), TaskScope.of(u), TaskFilter.NONE, FIRST_PAGE);
            var groups = statements(named, champions, groupsOf, 0);
            time(plain, "My groups' tasks (champion): page statement, as today", groups, calls, warmup);
            time(plain, "My groups' tasks (champion): count statement, as today", statements(named, champions, groupsOf, 1),
                    calls, warmup);
        }

        private static void timeCalls(String name, List<UserAccount> users, Function<UserAccount, Page<InboxTask>> call,
                                      int calls, int warmup) {
            for (int i = 0; i < warmup; i++) {
                call.apply(users.get(i % users.size()));
            }
            var lat = new Latencies(name, calls);
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                call.apply(users.get(i % users.size()));
                lat.add(System.nanoTime() - t0);
            }
            System.out.printf("  %-62s p50 %6.3f  p95 %6.3f  p99 %6.3f  max %7.3f ms%n", name, lat.percentileMillis(50),
                    lat.percentileMillis(95), lat.percentileMillis(99), lat.maxMillis());
        }

        /** Statement {@code which} (0: the page, 1: its count) that TaskQueries sends for each user. */
        private static List<RecordingJdbcTemplate.Statement> statements(RecordingJdbcTemplate named,
                List<UserAccount> users, Function<UserAccount, Page<InboxTask>> call, int which) {
            var statements = new ArrayList<RecordingJdbcTemplate.Statement>();
            for (UserAccount u : users) {
                named.record(true);
                call.apply(u);
                statements.add(named.recorded().get(which));
                named.record(false);
            }
            return statements;
        }

        /** The first column of every row: the ids of a page, or a count. */
        private static List<Object> ids(NamedParameterJdbcTemplate plain, RecordingJdbcTemplate.Statement s) {
            return plain.query(s.sql(), s.params(), (rs, i) -> rs.getObject(1));
        }

        private static void time(NamedParameterJdbcTemplate plain, String name,
                                 List<RecordingJdbcTemplate.Statement> statements, int calls, int warmup) {
            for (int i = 0; i < warmup; i++) {
                ids(plain, statements.get(i % statements.size()));
            }
            var lat = new Latencies(name, calls);
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                ids(plain, statements.get(i % statements.size()));
                lat.add(System.nanoTime() - t0);
            }
            var s = statements.get(0);
            List<String> plan = plain.queryForList("explain (analyze, buffers) " + s.sql(), s.params(), String.class);
            System.out.printf("  %-62s p50 %6.3f  p95 %6.3f  p99 %6.3f  max %7.3f ms%n", name, lat.percentileMillis(50),
                    lat.percentileMillis(95), lat.percentileMillis(99), lat.maxMillis());
            plan.stream().limit(8).forEach(line -> System.out.println("      | " + line));
            plan.stream().skip(8).filter(l -> l.contains("Execution Time"))
                    .forEach(line -> System.out.println("      | ... " + line.trim()));
        }
    }
}
