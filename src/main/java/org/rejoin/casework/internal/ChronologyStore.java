package org.rejoin.casework.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The chronology of each case, newest first, paged in PostgreSQL by (case, kind, time). */
@Component
public class ChronologyStore {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A username as accounts have them (an email address); only such answers are looked up. */
    private static final java.util.regex.Pattern ACCOUNT = java.util.regex.Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,100}");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChronologyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the entry; one with a source key already recorded, or for a case that does not exist (a
     * process started outside casework), is ignored. Returns the new id, or empty. An entry without a time
     * happened now, by the app's clock.
     */
    public Optional<UUID> record(NewEntry entry) {
        UUID id = UUID.randomUUID();
        Instant occurredAt = entry.occurredAt() == null ? Instant.now(clock) : entry.occurredAt();
        return jdbc.queryForList("""
                insert into case_entry (id, case_id, kind, occurred_at, actor, title, body, details, source_key)
                select ?, c.id, ?, ?, ?, ?, ?, ?::jsonb, ? from pupil_case c where c.id = ?
                on conflict (source_key) where source_key is not null do nothing returning id""", UUID.class,
                id, entry.kind().name(), Timestamp.from(occurredAt), entry.actor(),
                truncate(entry.title(), 300), entry.body(), json(entry.details()), entry.sourceKey(), entry.caseId())
                .stream().findFirst();
    }

    /**
     * Entries of the given kinds (all kinds if empty), newest first. Safeguarding entries are shown in full
     * only to those who handle safeguarding; for anyone else ({@code restrictSafeguardingTo} = their
     * username) only the ones they raised themselves.
     */
    public Page<ChronologyEntry> page(UUID caseId, Collection<EntryKind> kinds, String restrictSafeguardingTo,
                                      Pageable page) {
        String[] names = kinds.stream().map(EntryKind::name).toArray(String[]::new);
        String kindFilter = (names.length == 0 ? "" : " and e.kind = any(?)")
                + (restrictSafeguardingTo == null ? "" : " and (e.kind <> 'SAFEGUARDING' or lower(e.actor) = lower(?))");
        List<Object> list = new java.util.ArrayList<>(List.of(caseId));
        if (names.length > 0) {
            list.add(names);
        }
        if (restrictSafeguardingTo != null) {
            list.add(restrictSafeguardingTo);
        }
        Object[] params = list.toArray();
        List<ChronologyEntry> rows = jdbc.query("""
                select e.id, e.kind, e.occurred_at, e.actor, u.display_name, e.title, e.body, e.details
                from case_entry e left join app_user u on lower(u.username) = lower(e.actor)
                where e.case_id = ?""" + kindFilter + " order by e.occurred_at desc, e.id limit ? offset ?",
                (rs, n) -> new ChronologyEntry(rs.getObject(1, UUID.class), EntryKind.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), map(rs.getString(8))),
                append(params, page.getPageSize(), page.getOffset()));
        Long total = jdbc.queryForObject("select count(*) from case_entry e where e.case_id = ?" + kindFilter,
                Long.class, params);
        return new PageImpl<>(withPeopleNamed(rows), page, total == null ? 0 : total);
    }

    /**
     * Steps keep the people they chose (a lead champion, a key adult, colleagues) as usernames: one query for the
     * whole page names them all.
     */
    private List<ChronologyEntry> withPeopleNamed(List<ChronologyEntry> rows) {
        String[] accounts = rows.stream().flatMap(e -> e.details().values().stream())
                .flatMap(v -> v instanceof Collection<?> many ? many.stream() : java.util.stream.Stream.of(v))
                .filter(v -> v instanceof String text && ACCOUNT.matcher(text).matches())
                .map(v -> ((String) v).toLowerCase(java.util.Locale.ROOT)).distinct().toArray(String[]::new);
        if (accounts.length == 0) {
            return rows;
        }
        Map<String, String> people = new java.util.HashMap<>();
        jdbc.query("select lower(username), display_name from app_user where lower(username) = any(?)",
                rs -> { people.put(rs.getString(1), rs.getString(2)); }, (Object) accounts);
        return rows.stream().map(e -> new ChronologyEntry(e.id(), e.kind(), e.occurredAt(), e.actor(), e.actorName(),
                e.title(), e.body(), e.details(), people)).toList();
    }

    private static Object[] append(Object[] params, Object... more) {
        Object[] all = java.util.Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }

    private static String json(Map<String, Object> details) {
        try {
            return details.isEmpty() ? null : JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("These details cannot be recorded", e);
        }
    }

    private static Map<String, Object> map(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
