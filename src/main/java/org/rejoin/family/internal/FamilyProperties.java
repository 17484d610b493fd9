package org.rejoin.family.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * rejoin.family.*: how long the invitation's link and a later sign-in link work, how long a family session may sit
 * idle, and how many links one member may be sent in an hour.
 */
@ConfigurationProperties("rejoin.family")
public record FamilyProperties(
        @DefaultValue("P7D") Duration invitationValidFor,
        @DefaultValue("PT1H") Duration linkValidFor,
        @DefaultValue("PT15M") Duration idleTimeout,
        @DefaultValue("3") int linksPerHour) {
}
