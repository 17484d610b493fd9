package org.rejoin.family.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.family.FamilyMember;
import org.rejoin.family.FamilyWord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The family tables: members, one-time links (hashes only) and the family's words. */
@Component
public class FamilyStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEMBER = "select id, case_id, school_id, contact_id, is_pupil, name, email, invited_by,"
            + " invited_at, withdrawn_at from family_member ";
    private static final String WORD = "select w.id, w.case_id, w.member_id, m.name, w.kind, w.answers, w.given_at"
            + " from family_word w join family_member m on m.id = w.member_id ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(FamilyMember m) {
        jdbc.update("insert into family_member (id, case_id, school_id, contact_id, is_pupil, name, email, invited_by,"
                + " invited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.caseId(), m.schoolId(), m.contactId(),
                m.pupil(), m.name(), m.email(), m.invitedBy(), clockTime());
    }

    /** Now by the app's clock: what the family and the school did is dated as the case's other records are. */
    private Timestamp clockTime() {
        return Timestamp.from(Instant.now(clock));
    }

    public Optional<FamilyMember> member(UUID id) {
        return jdbc.query(MEMBER + "where id = ?", FamilyStore::member, id).stream().findFirst();
    }

    public Optional<FamilyMember> liveMember(UUID caseId, String email) {
        return jdbc.query(MEMBER + "where case_id = ? and lower(email) = lower(?) and withdrawn_at is null",
                FamilyStore::member, caseId, email).stream().findFirst();
    }

    public List<FamilyMember> members(UUID caseId) {
        return jdbc.query(MEMBER + "where case_id = ? order by invited_at, id", FamilyStore::member, caseId);
    }

    public List<FamilyMember> liveMembersWithEmail(String email) {
        return jdbc.query(MEMBER + "where lower(email) = lower(?) and withdrawn_at is null", FamilyStore::member,
                email);
    }

    /**
     * Withdraws the member (dated by the app's clock: it is part of the case's record); false if already withdrawn.
     * Their links are ended by {@link FamilyLinks#endAll}, in real time.
     */
    public boolean withdraw(UUID memberId, String by) {
        return jdbc.update("update family_member set withdrawn_at = ?, withdrawn_by = ? "
                + "where id = ? and withdrawn_at is null", clockTime(), by, memberId) == 1;
    }

    /** Every link of the member not yet used expires at {@code at} at the latest. */
    public void expireLinks(UUID memberId, Instant at) {
        jdbc.update("update family_link set expires_at = least(expires_at, ?) where member_id = ? "
                + "and used_at is null", Timestamp.from(at), memberId);
    }

    public void insertLink(String tokenHash, UUID memberId, Instant createdAt, Instant expiresAt) {
        jdbc.update("insert into family_link (token_hash, member_id, created_at, expires_at) values (?, ?, ?, ?)",
                tokenHash, memberId, Timestamp.from(createdAt), Timestamp.from(expiresAt));
    }

    public int linksSince(UUID memberId, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from family_link where member_id = ? and created_at >= ?",
                Integer.class, memberId, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    /** Uses the link if it is known, unused, unexpired at {@code at} and its member live; the member's id, once only. */
    public Optional<UUID> redeem(String tokenHash, Instant at) {
        Timestamp now = Timestamp.from(at);
        return jdbc.queryForList("""
                update family_link l set used_at = ?
                from family_member m
                where l.token_hash = ? and l.used_at is null and l.expires_at > ?
                  and m.id = l.member_id and m.withdrawn_at is null
                returning l.member_id""", UUID.class, now, tokenHash, now).stream().findFirst();
    }

    /** Why a link was refused: unknown, used, expired, or its member withdrawn. */
    public String refusal(String tokenHash) {
        return jdbc.query("""
                select case when m.withdrawn_at is not null then 'WITHDRAWN' when l.used_at is not null then 'USED'
                            else 'EXPIRED' end
                from family_link l join family_member m on m.id = l.member_id where l.token_hash = ?""",
                (rs, row) -> rs.getString(1), tokenHash).stream().findFirst().orElse("UNKNOWN");
    }

    public void insertWord(UUID id, UUID caseId, UUID memberId, FamilyWord.Kind kind, Map<String, String> answers) {
        jdbc.update("insert into family_word (id, case_id, member_id, kind, answers, given_at) "
                + "values (?, ?, ?, ?, ?::jsonb, ?)", id, caseId, memberId, kind.name(), json(answers), clockTime());
    }

    public List<FamilyWord> words(UUID caseId, int limit) {
        return jdbc.query(WORD + "where w.case_id = ? order by w.given_at desc, w.id limit ?", FamilyStore::word,
                caseId, limit);
    }

    /** The views before a review (parents' and the pupil's) given after {@code from} and before {@code to}, oldest first. */
    public List<FamilyWord> viewsBetween(UUID caseId, Instant from, Instant to, int limit) {
        return jdbc.query(WORD + "where w.case_id = ? and w.kind in ('PARENT_VIEW', 'PUPIL_VOICE') "
                + "and w.given_at > ? and w.given_at <= ? order by w.given_at, w.id limit ?", FamilyStore::word,
                caseId, Timestamp.from(from), Timestamp.from(to), limit);
    }

    public void insertAnswer(UUID wordId, UUID caseId, String answer) {
        jdbc.update("insert into family_answer (word_id, case_id, answer, answered_at) values (?, ?, ?, ?) "
                + "on conflict (word_id) do nothing", wordId, caseId, answer, clockTime());
    }

    /** The school's answers to the case's changes: change word id -> (answer, when). */
    public Map<UUID, Answer> answers(UUID caseId) {
        Map<UUID, Answer> answers = new java.util.HashMap<>();
        jdbc.query("select word_id, answer, answered_at from family_answer where case_id = ?", rs -> {
            answers.put(rs.getObject("word_id", UUID.class), new Answer(rs.getString("answer"),
                    rs.getTimestamp("answered_at").toInstant()));
        }, caseId);
        return answers;
    }

    /** The school's answer to a change, and when it was given. */
    public record Answer(String text, Instant answeredAt) {
    }

    public Optional<FamilyWord> word(UUID id) {
        return jdbc.query(WORD + "where w.id = ?", FamilyStore::word, id).stream().findFirst();
    }

    private static FamilyMember member(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new FamilyMember(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("school_id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getBoolean("is_pupil"), rs.getString("name"), rs.getString("email"), rs.getString("invited_by"),
                rs.getTimestamp("invited_at").toInstant(), withdrawn == null ? null : withdrawn.toInstant());
    }

    private static FamilyWord word(ResultSet rs, int row) throws SQLException {
        try {
            Map<String, String> answers = JSON.readValue(rs.getString("answers"), new TypeReference<>() { });
            return new FamilyWord(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                    rs.getObject("member_id", UUID.class), rs.getString("name"),
                    FamilyWord.Kind.valueOf(rs.getString("kind")), answers, rs.getTimestamp("given_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable family word", e);
        }
    }

    private static String json(Map<String, String> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
