package org.rejoin.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rejoin.attendance.SessionImportService;
import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.Upn;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The session register import benchmark (issue 20, item 5), run by {@code benchmarks/sessions.sh}, never by
 * surefire: a school of 1,500 pupils and the whole of last school year's registers (one row per session,
 * about 570,000 rows), imported once for time, then again (replacing every mark) with the live heap measured
 * after a full GC at every tenth of the file read. Figures go to docs/benchmarks.md between the sessions markers.
 */
public final class SessionImportBenchmark {

    private static final int PUPILS = Integer.getInteger("bench.pupils", 1_500);
    private static final long START = System.nanoTime();
    private static final String[] MARKS = {"/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "L",
            "I", "M", "N", "O", "U", "G", "C", "B", "/"};

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = CaseThroughput.embedded();
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            SchoolService schools = app.getBean(SchoolService.class);
            int year = LocalDate.now().getMonthValue() >= 8 ? LocalDate.now().getYear() - 1 : LocalDate.now().getYear() - 2;
            SchoolInfo school = schools.create(String.format("19%04d", System.nanoTime() % 10_000), "Benchmark Academy", "Benchshire");
            schools.addTerm(school.id(), "Autumn", LocalDate.of(year, 9, 3), LocalDate.of(year, 12, 19));
            schools.addTerm(school.id(), "Spring", LocalDate.of(year + 1, 1, 5), LocalDate.of(year + 1, 3, 27));
            schools.addTerm(school.id(), "Summer", LocalDate.of(year + 1, 4, 13), LocalDate.of(year + 1, 7, 21));
            schools.addClosure(school.id(), LocalDate.of(year, 10, 27), LocalDate.of(year, 10, 31), "Half term");
            schools.addClosure(school.id(), LocalDate.of(year + 1, 2, 16), LocalDate.of(year + 1, 2, 20), "Half term");
            schools.addClosure(school.id(), LocalDate.of(year + 1, 5, 25), LocalDate.of(year + 1, 5, 29), "Half term");
            UserAccount champion = app.getBean(UserService.class).create(new NewUser("sessions-champion-" + UUID
                    .randomUUID() + "@bench.example", "Bench Champion", null, Role.ATTENDANCE_CHAMPION, school.id(),
                    null, "a-long-enough-password-1"));
            List<String> upns = pupils(jdbc, school.id());
            Path file = Files.createTempFile("sessions-", ".csv");
            long rows = writeYear(file, upns, schools.calendar(school.id()), LocalDate.of(year, 9, 1),
                    LocalDate.of(year + 1, 7, 31));
            phase("file written: " + rows + " rows, " + Files.size(file) / 1_000_000 + " MB");
            SessionImportService imports = app.getBean(SessionImportService.class);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            List<String> progress = new ArrayList<>();
            long began = System.nanoTime();
            ImportResult first = run(imports, champion, file, (phase, done, total) -> {
                if (phase != Phase.READING || done == 0 || done == total) {
                    progress.add(String.format("%.1f s %s %,d/%,d", (System.nanoTime() - began) / 1e9, phase, done, total));
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            check(first, rows);
            phase("imported in " + took.toMillis() + " ms");
            long listeners = waitForListeners(jdbc);
            phase("the import's listeners (triage, thresholds, chronology) done after " + listeners + " ms more");

            List<Long> liveHeap = new ArrayList<>();
            long[] nextTenth = {0};
            long size = Files.size(file);
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            long again = System.nanoTime();
            ImportResult second = run(imports, champion, file, (phase, done, total) -> {
                if (phase == Phase.READING && done >= nextTenth[0]) {
                    nextTenth[0] += size / 10;
                    System.gc();
                    liveHeap.add(memory.getHeapMemoryUsage().getUsed() - baseline);
                }
            });
            Duration tookAgain = Duration.ofNanos(System.nanoTime() - again);
            check(second, rows);
            long marks = jdbc.queryForObject("select count(*) from session_mark m join pupil p on p.id = m.pupil_id "
                    + "where p.school_id = ?", Long.class, school.id());
            String figures = report(rows, size, took, tookAgain, before, liveHeap, marks, progress)
                    + String.format("%nThe first import's module listeners (concern triage and statutory thresholds for "
                    + "%,d pupils through the engine, case chronology) finished %.1f s after it.%n", PUPILS,
                    listeners / 1000.0);
            System.out.println(figures);
            BenchmarkFile.replaceSection("sessions", figures);
            Files.delete(file);
        } finally {
            app.close();
        }
        phase("done");
        System.exit(0); // the embedded engine keeps threads of its own
    }

    /** Waits until every module listener of the import has run, so the second run's heap is its own. */
    private static long waitForListeners(JdbcTemplate jdbc) throws InterruptedException {
        long from = System.nanoTime();
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class) > 0 && System.nanoTime() - from < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(500);
        }
        return (System.nanoTime() - from) / 1_000_000;
    }

    private static ImportResult run(SessionImportService imports, UserAccount champion, Path file,
                                    org.rejoin.pupil.AttendanceImportService.ProgressListener listener) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importRegister(champion, in, Files.size(file), file.getFileName().toString(), listener);
        }
    }

    private static void check(ImportResult result, long rows) {
        if (!result.succeeded() || result.rowsImported() != rows) {
            throw new IllegalStateException("The import did not take every row: " + result.rowsImported() + " of "
                    + rows + ", errors " + result.errors().stream().limit(5).toList());
        }
    }

    private static List<String> pupils(JdbcTemplate jdbc, UUID schoolId) {
        List<String> upns = new ArrayList<>();
        String prefix = String.format("%04d", (int) (System.nanoTime() % 10_000));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            String upn = Upn.withCheckLetter("8" + prefix + String.format("%07d", i)).value();
            upns.add(upn);
            rows.add(new Object[] {UUID.randomUUID(), schoolId, upn, "Pupil", "Bench" + i, LocalDate.of(2012, 1, 1),
                    7 + i % 5, "NONE"});
        }
        jdbc.batchUpdate("insert into pupil (id, school_id, upn, first_name, last_name, date_of_birth, year_group, "
                + "sen_status) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return upns;
    }

    /** One row per pupil per session of every school day, marks drawn from a fixed pattern. */
    private static long writeYear(Path file, List<String> upns, SchoolCalendar calendar, LocalDate from, LocalDate to)
            throws Exception {
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("UPN,Date,Session,Mark,Minutes late,Comment\n");
            int n = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!calendar.isSchoolDay(day)) {
                    continue;
                }
                for (String upn : upns) {
                    for (String session : new String[] {"AM", "PM"}) {
                        String mark = MARKS[Math.floorMod(upn.hashCode() * 31 + n++, MARKS.length)];
                        if (mark.equals("/") && session.equals("PM")) {
                            mark = "\\";
                        }
                        out.write(upn + "," + day + "," + session + "," + mark + "," + (mark.equals("L") ? "10" : "")
                                + ",\n");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static String report(long rows, long bytes, Duration took, Duration tookAgain, long heapBefore,
                                 List<Long> liveHeap, long marks, List<String> progress) {
        StringBuilder heap = new StringBuilder();
        for (int i = 0; i < liveHeap.size(); i++) {
            heap.append(i == 0 ? "" : ", ").append(i * 10).append("%: ").append(liveHeap.get(i) / (1024 * 1024)).append(" MB");
        }
        return String.format("""
                Measured %s on this machine (2 cores, shared), embedded PostgreSQL and the whole app running. One
                school of %,d pupils, last school year's registers: **%,d session rows (%.1f MB)**, one row per
                session (`UPN,Date,Session,Mark,Minutes late,Comment`).

                | what | figure |
                |---|---|
                | first import (read, check every line, COPY, duplicates, save marks, derive %,d pupil-weeks, recount figures) | **%.1f s** |
                | the same file again (replaces every mark), with a full GC at each tenth of the file | %.1f s |
                | live heap above the start of the import, after a full GC, at each tenth of the file read | %s |
                | heap in use before the first import | %d MB |
                | marks in session_mark afterwards | %,d |

                Progress as reported to the page during the first import: %s.
                """, LocalDate.now(), PUPILS, rows, bytes / 1e6, rows / 10, took.toMillis() / 1000.0,
                tookAgain.toMillis() / 1000.0, heap, heapBefore / (1024 * 1024), marks, String.join("; ", progress));
    }

    private static void phase(String what) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - START) / 1e9, what);
    }
}
