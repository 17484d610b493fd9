package org.rejoin.family.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.family.FamilyMember;
import org.rejoin.family.FamilyWord;
import org.rejoin.security.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Records what a family says: in the family's own table and in the case chronology as a FAMILY entry, the
 * family's words as they gave them (staff cannot add or edit that kind). Audited as the family member's.
 */
@Component
public class FamilyWords {

    /** The view's questions, in the order shown, as the staff see them answered. */
    public static final Map<String, String> VIEW_LABELS = new java.util.LinkedHashMap<>();
    public static final Set<String> VIEW_QUESTIONS;

    static {
        VIEW_LABELS.put("lastStep", "How the last step went");
        VIEW_LABELS.put("worries", "Worries");
        VIEW_LABELS.put("helps", "What helps");
        VIEW_LABELS.put("other", "Anything else");
        VIEW_QUESTIONS = Set.copyOf(VIEW_LABELS.keySet());
    }

    private final FamilyStore store;
    private final Chronology chronology;
    private final AuditTrail audit;

    FamilyWords(FamilyStore store, Chronology chronology, AuditTrail audit) {
        this.store = store;
        this.chronology = chronology;
        this.audit = audit;
    }

    public FamilyWord say(FamilyMember member, FamilyWord.Kind kind, Map<String, String> answers) {
        UUID id = UUID.randomUUID();
        store.insertWord(id, member.caseId(), member.id(), kind, answers);
        String who = member.pupil() ? member.name() + " (the pupil)" : member.name() + " (parent or carer)";
        String title = switch (kind) {
            case AGREED -> who + " agreed the plan";
            case CHANGE -> who + " would change the plan";
            case PARENT_VIEW -> who + ": their view before the review";
            case PUPIL_VOICE -> who + ": their own view before the review";
        };
        chronology.record(new NewEntry(member.caseId(), EntryKind.FAMILY, null, truncate(who, 120), title,
                body(answers), Map.of("familyMember", member.id().toString(), "kind", kind.name()),
                "family-word:" + id));
        audit.record("family:" + member.id(), "FAMILY_" + kind.name(), "case", member.caseId(), null);
        return store.word(id).orElseThrow();
    }

    static String body(Map<String, String> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        List<String> lines = answers.entrySet().stream()
                .map(e -> VIEW_LABELS.getOrDefault(e.getKey(), "What they would change") + ": " + e.getValue())
                .toList();
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
