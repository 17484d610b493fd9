package org.rejoin.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.InvitationIssued;
import org.rejoin.security.IssuedInvitation;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.StaffAccount;
import org.rejoin.security.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Creates invited accounts and their one-time links; the caller holds the transaction. */
@Component
public class InvitationIssuer {

    private final StaffStore store;
    private final InvitationProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InvitationIssuer(StaffStore store, InvitationProperties properties, AuditTrail audit,
                     ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
    }

    public List<IssuedInvitation> inviteAll(UserAccount admin, UUID schoolId, List<NewStaffMember> members) {
        List<UUID> ids = members.stream().map(m -> UUID.randomUUID()).toList();
        List<String> tokens = members.stream().map(m -> InvitationTokens.newToken()).toList();
        Instant expires = Instant.now().plus(properties.validFor());
        store.insertInvited(ids, schoolId, members);
        store.insertInvitations(ids, tokens.stream().map(InvitationTokens::hash).toList(), admin.username(), expires);
        List<IssuedInvitation> issued = new ArrayList<>(members.size());
        List<AuditTrail.Entry> audited = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            NewStaffMember m = members.get(i);
            issued.add(publish(admin, schoolId, ids.get(i), m.email(), m.displayName(), tokens.get(i), expires));
            audited.add(new AuditTrail.Entry(ids.get(i),
                    m.email() + " as " + m.role() + (m.safeguardingLead() ? ", safeguarding lead" : "")));
        }
        audit.recordAll(admin.username(), "ACCOUNT_INVITED", "app_user", audited);
        return issued;
    }

    public IssuedInvitation newLink(UserAccount admin, StaffAccount account) {
        store.withdrawInvitations(account.id());
        String token = InvitationTokens.newToken();
        Instant expires = Instant.now().plus(properties.validFor());
        store.insertInvitations(List.of(account.id()), List.of(InvitationTokens.hash(token)), admin.username(), expires);
        audit.record(admin.username(), "INVITATION_RESENT", "app_user", account.id(), account.email());
        return publish(admin, account.schoolId(), account.id(), account.email(), account.displayName(), token, expires);
    }

    private IssuedInvitation publish(UserAccount admin, UUID schoolId, UUID id, String email, String name,
                                     String token, Instant expires) {
        String link = properties.baseUrl() + "/invitation/" + token;
        events.publishEvent(new InvitationIssued(id, email, name, schoolId, link, expires, admin.username()));
        return new IssuedInvitation(id, email, name, link, expires);
    }
}
