package org.rejoin.ladder;

import java.time.Instant;
import java.util.UUID;

/** Where one case's family is on the ladder; {@code ended} when the ladder has finished. */
public record LadderPosition(UUID ladderId, LadderRung rung, Instant since, boolean ended, String outcome) {

    /** The case page's sentence. */
    public String sentence() {
        if (!ended) {
            return rung.sentence();
        }
        String how = switch (outcome == null ? "" : outcome) {
            case "SUPPORT_WORKING" -> "the support is working";
            case "NO_FURTHER_ACTION" -> "a leader decided no further action was needed";
            case "PENALTY_NOTICE_REQUESTED" -> "a penalty notice was requested from the local authority";
            case "REFERRED_FOR_LEGAL_ACTION" -> "the local authority was asked to consider legal action";
            default -> "closed";
        };
        return "Formal support has ended: " + how + ". The last rung reached: "
                + rung.label().toLowerCase(java.util.Locale.UK) + ".";
    }
}
