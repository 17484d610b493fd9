package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A large school's term: 5,000 pupils by 10 weeks in one file, with progress along the way. */
@org.rejoin.RejoinTest
class AttendanceImportBulkTests {

    static final int PUPILS = 5_000;
    static final int WEEKS = 10;

    @Autowired
    AttendanceImportService imports;
    @Autowired
    SchoolService schools;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    record Report(Phase phase, long done, long total) {
    }

    record Timed(Phase phase, long nanos) {
    }

    @Test
    void fiftyThousandRowsImportInOneGoWithProgressReported() {
        String tag = TestData.uniqueUrn();
        SchoolInfo school = schools.create(tag, "Large School " + tag, "Testshire");
        UserAccount champion = users.create(new NewUser("bulk-champion-" + tag + "@test.example", "Bulk champion", null,
                Role.ATTENDANCE_CHAMPION, school.id(), null, "long test password"));
        List<String> upns = registerPupils(school.id(), tag);
        LocalDate firstWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS + 1);
        byte[] file = file(upns, firstWeek);
        List<Report> reports = new ArrayList<>();
        List<Timed> phaseStarts = new ArrayList<>();

        long began = System.nanoTime();
        ImportResult result = imports.importCsv(champion, new ByteArrayInputStream(file), "term.csv",
                (phase, done, total) -> {
                    if (reports.isEmpty() || reports.getLast().phase() != phase) {
                        phaseStarts.add(new Timed(phase, System.nanoTime()));
                    }
                    reports.add(new Report(phase, done, total));
                });
        long ended = System.nanoTime();
        System.out.printf("BENCHMARK attendance import: %,d rows (%,d bytes) in %,d ms, %d progress reports; "
                        + "phases started at %s ms%n", result.rowsImported(), file.length, (ended - began) / 1_000_000,
                reports.size(), phaseStarts.stream().map(t -> t.phase() + "=" + (t.nanos() - began) / 1_000_000).toList());

        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(PUPILS * WEEKS);
        assertThat(result.pupilsAffected()).isEqualTo(PUPILS);
        assertThat(result.lastWeek()).isEqualTo(firstWeek.plusWeeks(WEEKS - 1));
        assertThat(jdbc.queryForObject("select count(*) from weekly_attendance a join pupil p on p.id = a.pupil_id "
                + "where p.school_id = ?", Integer.class, school.id())).isEqualTo(PUPILS * WEEKS);
        for (Phase phase : Phase.values()) {
            List<Long> done = reports.stream().filter(r -> r.phase() == phase).map(Report::done).toList();
            assertThat(done).as(phase.name()).isSorted().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(103)
                    .hasSizeGreaterThan(phase == Phase.CHECKING ? 5 : 50); // UPNs are checked 1,000 at a time
        }
        assertThat(reports).extracting(Report::phase).isSorted();
        assertThat(reports.getLast()).isEqualTo(new Report(Phase.SAVING, PUPILS * WEEKS, PUPILS * WEEKS));
        assertThat(reports.stream().filter(r -> r.phase() == Phase.READING).mapToLong(Report::done).max().orElse(0))
                .isEqualTo(PUPILS * WEEKS);
    }

    /** Registered in one batch: this test is about the import, not about registering pupils. */
    private List<String> registerPupils(UUID schoolId, String tag) {
        List<String> upns = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            upns.add(Upn.withCheckLetter("8" + tag + String.format("%05d", i)).value());
        }
        jdbc.batchUpdate("""
                insert into pupil (id, school_id, upn, first_name, last_name, date_of_birth, year_group, sen_status)
                values (?, ?, ?, 'Pupil', ?, ?, 9, 'NONE')""", upns, 1_000, (ps, upn) -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, schoolId);
            ps.setString(3, upn);
            ps.setString(4, "Bulk " + upn.substring(8));
            ps.setDate(5, Date.valueOf(LocalDate.of(2012, 5, 1)));
        });
        return upns;
    }

    private static byte[] file(List<String> upns, LocalDate firstWeek) {
        var csv = new StringBuilder("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late,Session marks\n");
        for (String upn : upns) {
            for (int w = 0; w < WEEKS; w++) {
                int missed = (upn.hashCode() & 0x7fffffff) % 3 == 0 ? w % 3 : 0;
                String marks = "U".repeat(missed) + "L" + "/".repeat(9 - missed);
                csv.append(upn).append(',').append(firstWeek.plusWeeks(w)).append(",10,").append(10 - missed)
                        .append(",0,").append(missed).append(",1,").append(marks).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
