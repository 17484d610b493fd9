package org.rejoin.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Documents kept with their case in PostgreSQL; lists never read the content. */
@Component
public class DocumentStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(UUID id, UUID caseId, String fileName, String mediaType, byte[] content, String description,
                       String uploadedBy) {
        jdbc.update("""
                insert into case_document (id, case_id, file_name, media_type, size_bytes, description, content,
                                           uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, caseId, fileName, mediaType, content.length, description, content, uploadedBy,
                Timestamp.from(Instant.now(clock)));
    }

    public List<CaseDocument> ofCase(UUID caseId) {
        return jdbc.query("""
                select d.id, d.file_name, d.media_type, d.size_bytes, d.description, d.uploaded_by,
                       coalesce(u.display_name, d.uploaded_by), d.uploaded_at
                from case_document d left join app_user u on lower(u.username) = lower(d.uploaded_by)
                where d.case_id = ? order by d.uploaded_at desc, d.id limit 200""",
                (rs, n) -> new CaseDocument(rs.getObject(1, UUID.class), caseId, rs.getString(2), rs.getString(3),
                        DocumentTypes.describe(rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()), caseId);
    }

    public Optional<byte[]> content(UUID caseId, UUID documentId) {
        return jdbc.query("select content from case_document where id = ? and case_id = ?",
                (rs, n) -> rs.getBytes(1), documentId, caseId).stream().findFirst();
    }
}
