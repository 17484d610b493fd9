package org.rejoin.pupil.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.pupil.SenStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A school's roll as its administrator keeps it: written in bulk from a roster file, or one pupil at a time. */
@Component
public class RosterStore {

    private static final String COLUMNS = """
            select id, upn, first_name, preferred_first_name, last_name, date_of_birth, year_group, registration_group,
                   admission_date, leaving_date, sen_status, free_school_meals, english_additional_language
            from pupil""";
    /** A pupil of another school is never overwritten: the import refuses such a line before it gets here. */
    private static final String UPSERT = """
            insert into pupil (id, school_id, upn, first_name, preferred_first_name, last_name, date_of_birth,
                year_group, registration_group, admission_date, leaving_date, sen_status, free_school_meals,
                english_additional_language, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (upn) do update set first_name = excluded.first_name,
                preferred_first_name = excluded.preferred_first_name, last_name = excluded.last_name,
                date_of_birth = excluded.date_of_birth, year_group = excluded.year_group,
                registration_group = excluded.registration_group, admission_date = excluded.admission_date,
                leaving_date = excluded.leaving_date, sen_status = excluded.sen_status,
                free_school_meals = excluded.free_school_meals,
                english_additional_language = excluded.english_additional_language
            where pupil.school_id = excluded.school_id""";
    static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RosterStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The school each of these UPNs is on the roll of, for those Rejoin knows. */
    public Map<String, UUID> schoolsOf(Collection<String> upns) {
        List<String> all = List.copyOf(upns);
        Map<String, UUID> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.query("select upn, school_id from pupil where upn = any(?)", ps -> {
                Array array = ps.getConnection().createArrayOf("varchar", chunk.toArray());
                ps.setArray(1, array);
            }, rs -> {
                found.put(rs.getString(1), rs.getObject(2, UUID.class));
            });
        }
        return found;
    }

    public void upsert(UUID schoolId, List<PupilRecord> pupils, IntConsumer saved) {
        for (int from = 0; from < pupils.size(); from += CHUNK) {
            int to = Math.min(pupils.size(), from + CHUNK);
            Timestamp now = Timestamp.from(Instant.now(clock));
            jdbc.batchUpdate(UPSERT, pupils.subList(from, to), CHUNK, (ps, p) -> bind(ps, schoolId, p, now));
            saved.accept(to);
        }
    }

    /** The MIS ids on the school's roll, each with its pupil's UPN. */
    public Map<String, String> misIdsOfSchool(UUID schoolId) {
        Map<String, String> found = new HashMap<>();
        jdbc.query("select mis_id, upn from pupil where school_id = ? and mis_id is not null",
                rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                }, schoolId);
        return found;
    }

    /**
     * Gives these pupils their MIS ids: first clears the ids of all of them, so that ids moved between pupils
     * in one file do not collide; pupils the file gives no MIS ID keep theirs.
     */
    public void saveMisIds(UUID schoolId, Map<String, String> misIdsByUpn) {
        List<Map.Entry<String, String>> all = List.copyOf(misIdsByUpn.entrySet());
        jdbc.batchUpdate("update pupil set mis_id = null where school_id = ? and upn = ?", all, CHUNK,
                (ps, e) -> {
                    ps.setObject(1, schoolId);
                    ps.setString(2, e.getKey());
                });
        jdbc.batchUpdate("update pupil set mis_id = ? where school_id = ? and upn = ?", all, CHUNK,
                (ps, e) -> {
                    ps.setString(1, e.getValue());
                    ps.setObject(2, schoolId);
                    ps.setString(3, e.getKey());
                });
    }

    public Optional<PupilRecord> find(UUID schoolId, UUID pupilId) {
        return jdbc.query(COLUMNS + " where id = ? and school_id = ?", RosterStore::record, pupilId, schoolId)
                .stream().findFirst();
    }

    /** The school's pupils, leavers included, by surname; those whose name or UPN starts with the search. */
    public List<PupilRecord> roll(UUID schoolId, String search, int limit, int offset) {
        String s = search == null ? "" : search.strip().toLowerCase();
        return jdbc.query(COLUMNS + """
                 where school_id = ? and (? = '' or lower(last_name) like ? or lower(first_name) like ? or lower(upn) = ?)
                order by lower(last_name), lower(first_name), id limit ? offset ?""", RosterStore::record,
                schoolId, s, s + "%", s + "%", s, limit, offset);
    }

    public int count(UUID schoolId) {
        Integer n = jdbc.queryForObject("select count(*) from pupil where school_id = ?", Integer.class, schoolId);
        return n == null ? 0 : n;
    }

    private static void bind(PreparedStatement ps, UUID schoolId, PupilRecord p, Timestamp now) throws SQLException {
        ps.setObject(1, p.id() == null ? UUID.randomUUID() : p.id());
        ps.setObject(2, schoolId);
        ps.setString(3, p.upn());
        ps.setString(4, p.legalFirstName().strip());
        ps.setString(5, p.preferredFirstName() == null ? null : p.preferredFirstName().strip());
        ps.setString(6, p.surname().strip());
        ps.setDate(7, Date.valueOf(p.dateOfBirth()));
        ps.setInt(8, p.yearGroup());
        ps.setString(9, p.registrationGroup());
        ps.setDate(10, date(p.admissionDate()));
        ps.setDate(11, date(p.leavingDate()));
        ps.setString(12, p.senStatus().name());
        ps.setBoolean(13, p.freeSchoolMeals());
        ps.setBoolean(14, p.englishAdditionalLanguage());
        ps.setTimestamp(15, now);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static PupilRecord record(ResultSet rs, int n) throws SQLException {
        return new PupilRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getString(8), local(rs.getDate(9)),
                local(rs.getDate(10)), SenStatus.valueOf(rs.getString(11)), rs.getBoolean(12), rs.getBoolean(13));
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
