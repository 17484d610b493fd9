package org.rejoin.pupil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.pupil.internal.CalendarStore;
import org.rejoin.pupil.internal.School;
import org.rejoin.pupil.internal.SchoolRepository;
import org.rejoin.security.Oversight;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools and their calendars. */
@Service
public class SchoolService {

    private final SchoolRepository schools;
    private final CalendarStore calendars;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SchoolService(SchoolRepository schools, CalendarStore calendars, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.schools = schools;
        this.calendars = calendars;
        this.jdbc = jdbc;
    }

    @Transactional
    public SchoolInfo create(String urn, String name, String localAuthority) {
        if (urn == null || !urn.matches("\\d{6}")) {
            throw new IllegalArgumentException("A school's URN is 6 digits, not '" + urn + "'");
        }
        if (schools.findByUrn(urn).isPresent()) {
            throw new IllegalArgumentException("A school with URN " + urn + " already exists");
        }
        return schools.save(new School(urn, name.trim(), localAuthority.trim(), Instant.now(clock))).toInfo();
    }

    @Transactional(readOnly = true)
    public Optional<SchoolInfo> find(UUID schoolId) {
        return schools.findById(schoolId).map(School::toInfo);
    }

    @Transactional(readOnly = true)
    public List<SchoolInfo> all() {
        return schools.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(School::toInfo).toList();
    }

    /** The schools whose figures this oversight counts, by name. */
    @Transactional(readOnly = true)
    public List<SchoolInfo> overseen(Oversight scope) {
        return jdbc.query("select s.id, s.urn, s.name, s.local_authority from school s where " + scope.schools("s.id")
                + " order by s.name, s.id", (rs, n) -> new SchoolInfo(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4)), scope.args());
    }

    /** The names of the schools overseen, by id, for lists that show each row's school. */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesOverseen(Oversight scope) {
        return overseen(scope).stream().collect(Collectors.toMap(SchoolInfo::id, SchoolInfo::name));
    }

    public boolean anySchoolExists() {
        return schools.count() > 0;
    }

    @Transactional
    public void addTerm(UUID schoolId, String name, LocalDate from, LocalDate to) {
        calendars.addTerm(schoolId, name, from, to);
    }

    @Transactional
    public void addClosure(UUID schoolId, LocalDate from, LocalDate to, String reason) {
        calendars.addClosure(schoolId, from, to, reason);
    }

    @Transactional
    public void addBankHoliday(LocalDate date, String name) {
        calendars.addBankHoliday(date, name);
    }

    @Transactional(readOnly = true)
    public SchoolCalendar calendar(UUID schoolId) {
        return calendars.calendarOf(schoolId);
    }

    @Transactional(readOnly = true)
    public LocalDate schoolYearStart(UUID schoolId, LocalDate today) {
        return calendars.schoolYearStart(schoolId, today);
    }

    /** The Monday of the week the school year starts in: where counting weekly attendance for the year starts. */
    @Transactional(readOnly = true)
    public LocalDate schoolYearFirstWeek(UUID schoolId, LocalDate today) {
        return calendars.schoolYearFirstWeek(schoolId, today);
    }
}
