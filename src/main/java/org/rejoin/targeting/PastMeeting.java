package org.rejoin.targeting;

import java.util.List;

/** A meeting with the actions it agreed (as they stand now) and the actions it closed. */
public record PastMeeting(Meeting meeting, List<AgreedAction> agreed, List<AgreedAction> closed) {
}
