package org.rejoin.pupil.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V22 on a database that already holds cases and attendance (as an upgraded school's would): every case
 * gets its window, counted by hand here, and the same figures the app counts afterwards. Its own PostgreSQL,
 * migrated to V21 first.
 * <pre>
 * weeks M = Mon 5 Jan 2026:  M-2w 8/10, M-1w 7/10, M 6/10, M+1w 9/10, M+2w 10/10, M+3w 4/10
 * Ashby  opened Wed 7 Jan, closed Tue 20 Jan: before M-2w, M-1w, M = 21/30; since M+1w, M+2w = 19/20
 * Brook  opened Wed 7 Jan, open, no attendance at all: 0/0 and 0/0
 * </pre>
 */
class AttendanceWindowMigrationTests {

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;
    static UUID ashbyCase = UUID.randomUUID();
    static UUID brookCase = UUID.randomUUID();

    @BeforeAll
    static void casesRecordedBeforeTheUpgrade() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource data = postgres.getPostgresDatabase();
        jdbc = new JdbcTemplate(data);
        flyway(data, "21").migrate();
        UUID school = UUID.randomUUID();
        jdbc.update("insert into school (id, urn, name, local_authority) values (?, '123456', 'Upgraded', 'Shire')",
                school);
        UUID ashby = pupil(school, "A00000000001", "Ashby");
        UUID brook = pupil(school, "A00000000002", "Brook");
        int[][] weeks = {{-2, 8}, {-1, 7}, {0, 6}, {1, 9}, {2, 10}, {3, 4}};
        for (int[] week : weeks) {
            jdbc.update("""
                    insert into weekly_attendance (id, pupil_id, week_starting, sessions_possible, present,
                                                   authorised_absence, unauthorised_absence, late)
                    values (?, ?, date '2026-01-05' + ? * 7, 10, ?, 0, 10 - ?, 0)""",
                    UUID.randomUUID(), ashby, week[0], week[1], week[1]);
        }
        caseOf(ashbyCase, ashby, school, "2026-01-07 12:00", "2026-01-20 12:00");
        caseOf(brookCase, brook, school, "2026-01-07 12:00", null);

        flyway(data, "22").migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyCaseGetsItsWindowCountedAsTheAppCountsIt() {
        assertThat(window(ashbyCase)).containsExactly(21, 30, 19, 20);
        assertThat(window(brookCase)).containsExactly(0, 0, 0, 0);
        assertThat(jdbc.queryForObject("select until_date::text from attendance_window where key = ?", String.class,
                ashbyCase)).isEqualTo("2026-01-20");

        new AttendanceWindowStore(jdbc).recomputeForPupils(jdbc.queryForList("select id from pupil", UUID.class));
        assertThat(window(ashbyCase)).as("the app's own count agrees").containsExactly(21, 30, 19, 20);
    }

    private static List<Integer> window(UUID key) {
        return jdbc.queryForObject("""
                select array[before_present, before_possible, since_present, since_possible]
                from attendance_window where key = ?""", (rs, n) -> List.of((Integer[]) rs.getArray(1).getArray()),
                key);
    }

    private static Flyway flyway(DataSource data, String target) {
        return Flyway.configure().dataSource(data).locations("classpath:db/migration").target(target).load();
    }

    private static UUID pupil(UUID school, String upn, String surname) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into pupil (id, school_id, upn, first_name, last_name, date_of_birth, year_group, sen_status)
                values (?, ?, ?, 'Pupil', ?, date '2012-05-01', 9, 'NONE')""", id, school, upn, surname);
        return id;
    }

    private static void caseOf(UUID id, UUID pupil, UUID school, String openedAt, String closedAt) {
        jdbc.update("""
                insert into pupil_case (id, pupil_id, school_id, state, stage, origin, reason, opened_by, opened_at,
                                        closed_at)
                values (?, ?, ?, ?, ?, 'BY_HAND', 'before the upgrade', 'test',
                        (?::timestamp at time zone 'Europe/London'),
                        (?::timestamp at time zone 'Europe/London'))""", id, pupil, school,
                closedAt == null ? "OPEN" : "CLOSED", closedAt == null ? "UNDERSTANDING" : "CLOSED", openedAt, closedAt);
    }
}
