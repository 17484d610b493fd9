package org.rejoin.security;

import java.util.UUID;

/**
 * Whether a case is hidden from a person, asked by modules that hold records of a case but not the case itself
 * (the inbox's steps). The casework module answers it with the same scope every case read goes through; it
 * lives here so that the inbox need not depend on casework (which depends on the inbox).
 */
public interface CaseVisibility {

    /**
     * True when the case exists and this person may not open it. A case id no case has (a process started
     * by a tool or a test) hides nothing: there is no case record to reveal, and the step's own rule applies.
     * No audit here: the caller audits its own refusal.
     */
    boolean hidesCaseFrom(UserAccount user, UUID caseId);
}
