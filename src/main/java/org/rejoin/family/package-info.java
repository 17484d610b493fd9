/**
 * The family page: parents and carers with parental responsibility, and the pupil where the school decides it
 * suits, see the stepped support plan in plain words, agree it or say what they would change, and give their view
 * before each review. No accounts: the lead champion invites them by email and they sign in with one-time links
 * (only a hash kept) into a session of their own under /family/, apart from staff sign-in. They never see the
 * chronology, staff notes, safeguarding, referrals or another child; every sign-in and view is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family page")
package org.rejoin.family;
