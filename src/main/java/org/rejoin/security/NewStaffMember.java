package org.rejoin.security;

/** Someone to invite to a school: their work email is their sign-in name. */
public record NewStaffMember(String email, String displayName, String jobTitle, Role role, boolean safeguardingLead) {
}
