package org.rejoin.ladder;

import java.util.UUID;

/** How many families of one school are on one rung of the ladder now. */
public record RungCount(UUID schoolId, String schoolName, LadderRung rung, long families) {
}
