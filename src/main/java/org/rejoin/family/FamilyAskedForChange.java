package org.rejoin.family;

import java.util.UUID;

/**
 * A family member asked for a change to the plan (the family word's id; its words stay in the app): the lead
 * champion gets a step to answer them.
 */
public record FamilyAskedForChange(UUID caseId, UUID wordId, UUID pupilId, UUID schoolId, String leadChampion) {
}
