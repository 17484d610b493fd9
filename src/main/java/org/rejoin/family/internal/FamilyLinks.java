package org.rejoin.family.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.family.FamilyMember;
import org.rejoin.notification.NotificationService;
import org.rejoin.security.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * One-time links: a fresh random token, its hash stored, the token itself only in the email (sent at once, never
 * queued, so it is written nowhere). At most {@code linksPerHour} links per member an hour; more are refused and
 * audited. The caller holds the transaction, so a refused email leaves no link behind.
 * <p>
 * A link is a credential: its lifetime, the hourly limit, its use and its ending on withdrawal are measured on the
 * wall clock ({@link #realNow()}), not the app's clock (which the demo sets back, docs/decisions/0011): a link sent
 * while that clock is weeks behind must still live only as long as it says in real time, as family sessions do.
 */
@Component
public class FamilyLinks {

    public static final String PATH = "/family/link/";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final FamilyStore store;
    private final FamilyProperties properties;
    private final NotificationService mail;
    private final AuditTrail audit;

    FamilyLinks(FamilyStore store, FamilyProperties properties, NotificationService mail, AuditTrail audit) {
        this.store = store;
        this.properties = properties;
        this.mail = mail;
        this.audit = audit;
    }

    /** Sends a link unless the member has had their hour's share; true if sent. */
    public boolean send(FamilyMember member, boolean invitation, String schoolName, String contactName, String actor) {
        Instant now = realNow();
        if (store.linksSince(member.id(), now.minus(Duration.ofHours(1))) >= properties.linksPerHour()) {
            audit.record(actor, "FAMILY_LINK_RATE_LIMITED", "family_member", member.id(), null);
            return false;
        }
        String token = FamilyTokens.newToken();
        Instant expires = now.plus(invitation ? properties.invitationValidFor() : properties.linkValidFor());
        store.insertLink(FamilyTokens.hash(token), member.id(), now, expires);
        mail.sendAtOnce(member.email(), "family-link", Map.of("name", member.name(), "school", schoolName,
                "champion", contactName, "invited", invitation, "expires", WHEN.format(expires)), PATH + token);
        audit.record(actor, invitation ? "FAMILY_INVITED" : "FAMILY_LINK_SENT", "family_member", member.id(),
                member.pupil() ? "the pupil" : "a parent or carer");
        return true;
    }

    /** Uses a link (by its token's hash) if it is known, unused, unexpired and its member live; the member's id. */
    public Optional<UUID> redeem(String tokenHash) {
        return store.redeem(tokenHash, realNow());
    }

    /** The member's links not yet used stop working now (their access is withdrawn). */
    public void endAll(UUID memberId) {
        store.expireLinks(memberId, realNow());
    }

    /** Real time, on purpose: what a credential's lifetime is measured on (see the class comment). */
    private static Instant realNow() {
        return Instant.now();
    }
}
