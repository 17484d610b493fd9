package org.rejoin.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The email domain a school's staff accounts live under, as its administrators registered it. Kept by the school
 * register (module {@code pupil}), asked by single sign-on to check Google Workspace's {@code hd} claim.
 */
public interface SchoolEmailDomains {

    Optional<String> of(UUID schoolId);
}
