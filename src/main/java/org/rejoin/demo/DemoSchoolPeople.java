package org.rejoin.demo;

import java.util.Map;
import java.util.UUID;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.UserAccount;

/**
 * The people of one school who take its demo cases through their steps: the champion (lead of every case),
 * a leader, the key adult, a tutor asked as colleague, the safeguarding lead, and one partner per agency type
 * of the school's local authority.
 */
record DemoSchoolPeople(UUID schoolId, UserAccount champion, UserAccount leader, UserAccount keyAdult,
                        UserAccount tutor, Map<AgencyType, UserAccount> partners) {
}
