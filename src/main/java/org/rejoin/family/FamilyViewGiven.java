package org.rejoin.family;

import java.util.UUID;

/** A parent, carer or the pupil gave their view before a review (the family word's id; its words stay in the app). */
public record FamilyViewGiven(UUID caseId, UUID wordId) {
}
