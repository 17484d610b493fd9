package org.rejoin.pupil.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.rejoin.pupil.PupilContact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Pupils' parents and carers. */
@Component
public class ContactStore {

    private static final RowMapper<PupilContact> CONTACT = (rs, n) -> new PupilContact(rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10));
    private static final String COLUMNS = "select id, pupil_id, name, relationship, parental_responsibility, priority, "
            + "email, phone, address, no_contact from pupil_contact ";
    private static final String INSERT = """
            insert into pupil_contact (id, pupil_id, school_id, name, relationship, parental_responsibility, priority,
                email, phone, address, no_contact, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContactStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PupilContact> of(UUID pupilId) {
        return jdbc.query(COLUMNS + "where pupil_id = ? order by priority, name", CONTACT, pupilId);
    }

    public Optional<PupilContact> find(UUID schoolId, UUID contactId) {
        return jdbc.query(COLUMNS + "where id = ? and school_id = ?", CONTACT, contactId, schoolId).stream().findFirst();
    }

    /**
     * Replaces the contacts of every pupil named, in chunks; pupils not named keep theirs. A parent the file names
     * again (same pupil, same name, ignoring case and spacing) keeps their id: records about a parent (the penalty
     * notices counted per parent per pupil) stay theirs across a re-import.
     */
    public void replace(UUID schoolId, Map<UUID, List<PupilContact>> byPupil, IntConsumer saved) {
        List<UUID> pupils = List.copyOf(byPupil.keySet());
        int done = 0;
        for (int from = 0; from < pupils.size(); from += 1_000) {
            List<UUID> chunk = pupils.subList(from, Math.min(pupils.size(), from + 1_000));
            Map<String, java.util.Deque<UUID>> known = idsByPupilAndName(chunk);
            delete(chunk);
            List<PupilContact> contacts = new ArrayList<>();
            chunk.forEach(p -> contacts.addAll(byPupil.get(p)));
            Timestamp now = timestamp();
            jdbc.batchUpdate(INSERT, contacts, 1_000, (ps, c) -> {
                var same = known.get(sameParent(c.pupilId(), c.name()));
                ps.setObject(1, same == null || same.isEmpty() ? UUID.randomUUID() : same.poll());
                ps.setObject(2, c.pupilId());
                ps.setObject(3, schoolId);
                ps.setString(4, c.name().strip());
                ps.setString(5, c.relationship().strip());
                ps.setBoolean(6, c.parentalResponsibility());
                ps.setInt(7, c.priority());
                ps.setString(8, c.email());
                ps.setString(9, c.phone());
                ps.setString(10, c.address());
                ps.setBoolean(11, c.noContact());
                ps.setTimestamp(12, now);
            });
            done += contacts.size();
            saved.accept(done);
        }
    }

    private Map<String, java.util.Deque<UUID>> idsByPupilAndName(Collection<UUID> pupils) {
        Map<String, java.util.Deque<UUID>> ids = new java.util.HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select pupil_id, name, id from pupil_contact where pupil_id = any(?) "
                    + "order by priority, updated_at");
            ps.setArray(1, con.createArrayOf("uuid", pupils.toArray()));
            return ps;
        }, rs -> {
            ids.computeIfAbsent(sameParent(rs.getObject(1, UUID.class), rs.getString(2)),
                    k -> new java.util.ArrayDeque<>()).add(rs.getObject(3, UUID.class));
        });
        return ids;
    }

    private static String sameParent(UUID pupilId, String name) {
        return pupilId + "|" + name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.UK);
    }

    private void delete(Collection<UUID> pupils) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("delete from pupil_contact where pupil_id = any(?)");
            Array array = con.createArrayOf("uuid", pupils.toArray());
            ps.setArray(1, array);
            return ps;
        });
    }

    public void insert(UUID schoolId, PupilContact c) {
        jdbc.update(INSERT, c.id(), c.pupilId(), schoolId, c.name().strip(), c.relationship().strip(),
                c.parentalResponsibility(), c.priority(), blank(c.email()), blank(c.phone()), blank(c.address()),
                c.noContact(), timestamp());
    }

    public void update(PupilContact c) {
        jdbc.update("""
                update pupil_contact set name = ?, relationship = ?, parental_responsibility = ?, priority = ?,
                    email = ?, phone = ?, address = ?, no_contact = ?, updated_at = ? where id = ?""",
                c.name().strip(), c.relationship().strip(), c.parentalResponsibility(), c.priority(), blank(c.email()),
                blank(c.phone()), blank(c.address()), c.noContact(), timestamp(), c.id());
    }

    /** The app's "now" (never the database's: docs/decisions/0011). */
    private Timestamp timestamp() {
        return Timestamp.from(Instant.now(clock));
    }

    public int countOfSchool(UUID schoolId) {
        Integer n = jdbc.queryForObject("select count(*) from pupil_contact where school_id = ?", Integer.class,
                schoolId);
        return n == null ? 0 : n;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
