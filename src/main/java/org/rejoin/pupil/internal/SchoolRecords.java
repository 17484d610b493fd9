package org.rejoin.pupil.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.pupil.LocalAuthorityInfo;
import org.rejoin.pupil.SchoolDetails;
import org.rejoin.pupil.SchoolPhase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The register of local authorities and schools that administrators keep. */
@Component
public class SchoolRecords {

    private static final RowMapper<SchoolDetails> SCHOOL = (rs, n) -> new SchoolDetails(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getString(3), rs.getString(4), SchoolPhase.valueOf(rs.getString(5)), rs.getString(6));
    private static final String SCHOOL_COLUMNS = "select id, urn, name, local_authority, phase, email_domain from school ";
    private static final RowMapper<LocalAuthorityInfo> AUTHORITY = (rs, n) -> new LocalAuthorityInfo(
            rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SchoolRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<LocalAuthorityInfo> localAuthorities() {
        return jdbc.query("select id, code, name from local_authority order by name", AUTHORITY);
    }

    public Optional<LocalAuthorityInfo> localAuthorityNamed(String name) {
        return jdbc.query("select id, code, name from local_authority where lower(name) = lower(?)", AUTHORITY,
                name.strip()).stream().findFirst();
    }

    public boolean localAuthorityExists(String code, String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from local_authority where code = ? or lower(name) = lower(?))",
                Boolean.class, code, name));
    }

    public LocalAuthorityInfo addLocalAuthority(String code, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into local_authority (id, code, name, created_at) values (?, ?, ?, ?)", id, code, name,
                Timestamp.from(Instant.now(clock)));
        return new LocalAuthorityInfo(id, code, name);
    }

    public List<SchoolDetails> schools() {
        return jdbc.query(SCHOOL_COLUMNS + "order by name, id", SCHOOL);
    }

    public Optional<SchoolDetails> school(UUID id) {
        return jdbc.query(SCHOOL_COLUMNS + "where id = ?", SCHOOL, id).stream().findFirst();
    }

    public boolean urnTakenByAnother(String urn, UUID exceptId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from school where urn = ? and id is distinct from ?)", Boolean.class, urn,
                exceptId));
    }

    public void insert(SchoolDetails school) {
        jdbc.update("insert into school (id, urn, name, local_authority, phase, email_domain, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", school.id(), school.urn(), school.name(),
                school.localAuthority(), school.phase().name(), school.emailDomain(),
                Timestamp.from(Instant.now(clock)));
    }

    public void update(SchoolDetails school) {
        jdbc.update("update school set urn = ?, name = ?, local_authority = ?, phase = ?, email_domain = ? where id = ?",
                school.urn(), school.name(), school.localAuthority(), school.phase().name(), school.emailDomain(),
                school.id());
    }
}
