package org.rejoin.referral.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.referral.AgencyDetails;
import org.rejoin.referral.AgencyType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The register of agencies that system administrators keep. */
@Component
public class AgencyRecords {

    private static final RowMapper<AgencyDetails> AGENCY = (rs, n) -> new AgencyDetails(rs.getObject(1, UUID.class),
            rs.getString(2), AgencyType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5));
    private static final String COLUMNS = "select id, name, agency_type, local_authority, contact_email from agency ";

    private final JdbcTemplate jdbc;

    AgencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AgencyDetails> all() {
        return jdbc.query(COLUMNS + "order by local_authority, name, id", AGENCY);
    }

    public Optional<AgencyDetails> find(UUID id) {
        return jdbc.query(COLUMNS + "where id = ?", AGENCY, id).stream().findFirst();
    }

    /** Another agency of this type already serving the authority, if any. */
    public Optional<AgencyDetails> sameTypeServing(AgencyType type, String localAuthority, UUID exceptId) {
        return jdbc.query(COLUMNS + "where agency_type = ? and lower(local_authority) = lower(?) and id is distinct from ?",
                AGENCY, type.name(), localAuthority, exceptId).stream().findFirst();
    }

    public void insert(AgencyDetails a) {
        jdbc.update("insert into agency (id, name, agency_type, local_authority, contact_email) values (?, ?, ?, ?, ?)",
                a.id(), a.name(), a.type().name(), a.localAuthority(), a.contactEmail());
    }

    public void update(AgencyDetails a) {
        jdbc.update("update agency set name = ?, agency_type = ?, local_authority = ?, contact_email = ? where id = ?",
                a.name(), a.type().name(), a.localAuthority(), a.contactEmail(), a.id());
    }

    public void setContactEmail(UUID id, String address) {
        jdbc.update("update agency set contact_email = ? where id = ?", address, id);
    }
}
