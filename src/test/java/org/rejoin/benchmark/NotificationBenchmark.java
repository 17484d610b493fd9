package org.rejoin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.notification.internal.DemoMailServer;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 2,000 notifications queued by one import, all sent (issue 18): a school with 2,000 attendance champions, one
 * attendance import that raises one concern; the case's first step is offered to the champions' group, so the
 * notification module writes one email per champion, and the app's own scheduled sender sends them to the in-JVM
 * SMTP server (GreenMail). Timed from the import to the last email accepted. Not a test (the name does not end in
 * Tests, so ./mvnw verify never runs it): benchmarks/notifications.sh runs it and writes docs/benchmarks.md.
 */
@RejoinTest
class NotificationBenchmark {

    static final int CHAMPIONS = 2_000;

    @Autowired TestData data;
    @Autowired AttendanceImportService imports;
    @Autowired PupilService pupils;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twoThousandNotificationsFromOneImportAreAllSent() throws Exception {
        SchoolInfo school = data.school();
        UserAccount importer = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, importer.id());
        List<String> champions = new ArrayList<>(List.of(importer.username()));
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i < CHAMPIONS; i++) {
            String username = "bench-" + batch + "-" + i + "@test.example";
            champions.add(username);
            rows.add(new Object[] {UUID.randomUUID(), username, "Champion " + i, hash, school.id()});
        }
        jdbc.batchUpdate("insert into app_user (id, username, display_name, job_title, password_hash, role, school_id) "
                + "values (?, ?, ?, 'Attendance champion', ?, 'ATTENDANCE_CHAMPION', ?)", rows);
        UUID pupil = data.pupil(school, "Bench");
        String upn = pupils.pupil(importer, pupil).orElseThrow().upn();

        long began = System.nanoTime();
        var result = imports.importCsv(importer, new ByteArrayInputStream(sixPoorWeeks(upn).getBytes(StandardCharsets.UTF_8)),
                "weekly.csv", (phase, done, total) -> { });
        assertThat(result.errors()).isEmpty();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> queued(champions) == CHAMPIONS);
        long queuedAt = System.nanoTime();
        long firstSentAt = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> sent(champions) > 0 ? System.nanoTime() : 0L, t -> t > 0);
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200)).until(() -> sent(champions) == CHAMPIONS);
        long allSentAt = System.nanoTime();

        Set<String> addressed = new HashSet<>(champions);
        long received = DemoMailServer.received().stream().filter(m -> addressed.contains(m.to())).count();
        assertThat(received).as("each champion's email, exactly once").isEqualTo(CHAMPIONS);

        double toQueued = (queuedAt - began) / 1e9;
        double sending = (allSentAt - firstSentAt) / 1e9;
        double total = (allSentAt - began) / 1e9;
        String figures = String.format("""
                | measured %s | |
                |---|---|
                | emails queued by the one import (one case, its first step offered to %,d champions) | %,d |
                | import started -> all %,d rows in the outbox | %.1f s |
                | first email accepted -> last email accepted (the sender's own schedule, batches of 50) | %.1f s |
                | send rate against GreenMail in the same JVM | %.0f emails/s |
                | import started -> last email accepted | %.1f s |
                | received by the SMTP server, per champion | exactly 1 (%,d in all) |
                """, LocalDate.now(), CHAMPIONS, CHAMPIONS, CHAMPIONS, toQueued, sending, CHAMPIONS / sending, total,
                received);
        System.out.println(figures);
        BenchmarkFile.replaceSection("notifications", figures);
    }

    private int queued(List<String> people) {
        return jdbc.queryForObject("select count(*) from notification where recipient = any (?)", Integer.class,
                (Object) people.toArray(String[]::new));
    }

    private int sent(List<String> people) {
        return jdbc.queryForObject("select count(*) from notification where state = 'SENT' and recipient = any (?)",
                Integer.class, (Object) people.toArray(String[]::new));
    }

    private static String sixPoorWeeks(String upn) {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        StringBuilder csv = new StringBuilder("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late\n");
        for (int w = 5; w >= 0; w--) {
            csv.append(upn).append(',').append(monday.minusWeeks(w)).append(",10,5,1,4,0\n");
        }
        return csv.toString();
    }
}
