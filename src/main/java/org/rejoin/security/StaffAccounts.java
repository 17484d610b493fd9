package org.rejoin.security;

import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rejoin.base.csv.CsvFile;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.rejoin.security.internal.InvitationIssuer;
import org.rejoin.security.internal.SignInThrottle;
import org.rejoin.security.internal.StaffImportCheck;
import org.rejoin.security.internal.StaffStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school's staff accounts through their life: invited (one or a file of many), given a role, marked as a
 * designated safeguarding lead, deactivated and reactivated, never deleted, so the chronology keeps naming who
 * did what. A system administrator acts for any school, a school administrator for their own; anyone else, or
 * another school's account, reads as not found. Every change is audited.
 */
@Service
public class StaffAccounts {

    /** The roles a school's administrator gives. */
    public static final Set<Role> SCHOOL_ROLES = EnumSet.of(Role.ATTENDANCE_CHAMPION, Role.SCHOOL_STAFF, Role.LEADER,
            Role.SCHOOL_ADMIN);

    private final StaffStore store;
    private final InvitationIssuer issuer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final SignInThrottle throttle;

    StaffAccounts(StaffStore store, InvitationIssuer issuer, AuditTrail audit, ApplicationEventPublisher events,
                  PlatformTransactionManager transactions, SignInThrottle throttle) {
        this.throttle = throttle;
        this.store = store;
        this.issuer = issuer;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> staffOf(UserAccount admin, UUID schoolId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return store.ofSchool(schoolId);
    }

    /** Invites one person; the link is returned to show the administrator, and published for email. */
    public IssuedInvitation invite(UserAccount admin, UUID schoolId, NewStaffMember member) {
        AdminScope.requireSchool(admin, schoolId, audit);
        NewStaffMember checked = StaffImportCheck.checkOne(member);
        if (!store.taken(List.of(checked.email())).isEmpty()) {
            throw new FieldProblem("email", checked.email() + " already has an account");
        }
        return transaction.execute(s -> issuer.inviteAll(admin, schoolId, List.of(checked))).getFirst();
    }

    /**
     * Invites everyone in a staff file, or nobody: every bad line is listed by number, including addresses that
     * already have an account or appear twice.
     */
    public StaffImportResult inviteAll(UserAccount admin, UUID schoolId, byte[] csv, ImportProgress.Listener progress) {
        AdminScope.requireSchool(admin, schoolId, audit);
        CsvFile file;
        try {
            file = CsvFile.of(csv);
        } catch (CharacterCodingException e) {
            return new StaffImportResult(0, List.of(), List.of(new LineProblem(1, CsvFile.NOT_UTF8)), 1);
        }
        var reading = new ImportProgress(progress, "Reading", file.estimatedRows());
        StaffImportCheck.Checked checked = StaffImportCheck.read(file, store, reading);
        if (!checked.errors().isEmpty()) {
            List<LineProblem> sorted = checked.errors().stream().sorted(Comparator.comparingLong(LineProblem::line))
                    .toList();
            audit.record(admin.username(), "STAFF_IMPORT_REJECTED", "school", schoolId,
                    sorted.size() + " bad lines of " + checked.rowsRead() + "; nobody invited");
            return new StaffImportResult(checked.rowsRead(), List.of(), sorted.subList(0,
                    Math.min(sorted.size(), StaffImportResult.MAX_LISTED_ERRORS)), sorted.size());
        }
        var inviting = new ImportProgress(progress, "Inviting", checked.members().size());
        List<IssuedInvitation> invited = transaction.execute(s -> issuer.inviteAll(admin, schoolId, checked.members()));
        inviting.finish(invited.size());
        return new StaffImportResult(checked.rowsRead(), invited, List.of(), 0);
    }

    /** A new link for someone who lost theirs or let it expire; earlier links stop working. */
    @Transactional
    public IssuedInvitation sendNewLink(UserAccount admin, UUID accountId) {
        StaffAccount account = reachable(admin, accountId);
        if (account.status() == AccountStatus.DEACTIVATED) {
            throw new IllegalStateException(account.displayName() + " is deactivated: reactivate them first");
        }
        return issuer.newLink(admin, account);
    }

    @Transactional
    public StaffAccount changeRole(UserAccount admin, UUID accountId, Role role) {
        StaffAccount account = reachable(admin, accountId);
        if (!SCHOOL_ROLES.contains(role)) {
            throw new FieldProblem("role", "A school's staff are attendance champions, school staff, leaders or "
                    + "school administrators");
        }
        if (account.id().equals(admin.id())) {
            throw new FieldProblem("role", "You cannot change your own role: ask another administrator");
        }
        store.changeRole(accountId, role);
        if (account.role() != role) {
            events.publishEvent(new AccountRoleChanged(accountId, account.email(), account.role(), role,
                    admin.username()));
        }
        audit.record(admin.username(), "ACCOUNT_ROLE_CHANGED", "app_user", accountId, account.role() + " to " + role);
        return store.find(accountId).orElseThrow();
    }

    @Transactional
    public StaffAccount markSafeguardingLead(UserAccount admin, UUID accountId, boolean lead) {
        StaffAccount account = reachable(admin, accountId);
        store.setSafeguardingLead(accountId, lead);
        audit.record(admin.username(), lead ? "SAFEGUARDING_LEAD_NAMED" : "SAFEGUARDING_LEAD_REMOVED", "app_user",
                accountId, account.email());
        return store.find(accountId).orElseThrow();
    }

    /**
     * The person can no longer sign in (a session they have open stops finding their account), their unused
     * links stop working, and the steps they held go back to their groups in the same transaction.
     */
    @Transactional
    public StaffAccount deactivate(UserAccount admin, UUID accountId) {
        StaffAccount account = reachable(admin, accountId);
        if (account.id().equals(admin.id())) {
            throw new IllegalStateException("You cannot deactivate your own account");
        }
        if (account.status() != AccountStatus.DEACTIVATED) {
            store.deactivate(accountId);
            store.withdrawInvitations(accountId);
            events.publishEvent(new AccountDeactivated(accountId, account.email(), account.schoolId(),
                    admin.username()));
            audit.record(admin.username(), "ACCOUNT_DEACTIVATED", "app_user", accountId, account.email());
        }
        return store.find(accountId).orElseThrow();
    }

    @Transactional
    public StaffAccount reactivate(UserAccount admin, UUID accountId) {
        StaffAccount account = reachable(admin, accountId);
        if (account.status() == AccountStatus.DEACTIVATED) {
            store.reactivate(accountId);
            audit.record(admin.username(), "ACCOUNT_REACTIVATED", "app_user", accountId, account.email());
        }
        return store.find(accountId).orElseThrow();
    }

    /** Sign-in locked after repeated failures works again at once, rather than when the lock runs out. */
    @Transactional
    public StaffAccount unlock(UserAccount admin, UUID accountId) {
        StaffAccount account = reachable(admin, accountId);
        if (throttle.unlock(account.email(), java.time.Instant.now())) {
            audit.record(admin.username(), "SIGN_IN_UNLOCKED", "app_user", accountId, account.email());
        }
        return store.find(accountId).orElseThrow();
    }

    private StaffAccount reachable(UserAccount admin, UUID accountId) {
        StaffAccount account = store.find(accountId).filter(a -> a.schoolId() != null
                && AdminScope.administers(admin, a.schoolId())).orElse(null);
        if (account == null) {
            audit.deniedAccess(admin, "app_user", accountId);
            throw new RecordNotFoundException("No such account");
        }
        return account;
    }
}
