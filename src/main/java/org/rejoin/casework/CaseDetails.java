package org.rejoin.casework;

import java.time.Instant;
import java.util.List;

/** One case with its team, for the case page. */
public record CaseDetails(CaseSummary summary, String openedBy, String concernOutcome, Instant journeyStartedAt,
                          Instant closedAt, String closedReason, List<TeamMember> team) {

    public record TeamMember(String username, String displayName, String jobTitle, TeamRole role) {
    }

    public enum TeamRole {
        LEAD_CHAMPION("Lead champion"), KEY_ADULT("Key adult"), COLLEAGUE("Colleague");

        private final String label;

        TeamRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
