package org.rejoin.inbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.WaitingStep;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.stereotype.Component;

/** Says who holds an open step, in words a colleague understands: a name, a role at the school, or an agency. */
@Component
public class StepHolders {

    private final TaskQueries queries;
    private final UserService users;
    private final StepAccess access;

    StepHolders(TaskQueries queries, UserService users, StepAccess access) {
        this.queries = queries;
        this.users = users;
        this.access = access;
    }

    public WaitingStep describe(InboxTask task, UserAccount viewer) {
        boolean mine = viewer.username().equalsIgnoreCase(String.valueOf(task.assignee()));
        boolean canTake = task.assignee() == null && access.reach(viewer, task.id()).isPresent();
        return new WaitingStep(task.id(), task.caseId(), task.pupilName(), task.name(), task.dueDate(), task.schoolId(),
                holder(task), mine, canTake);
    }

    String holder(InboxTask task) {
        if (task.assignee() != null) {
            return task.holderName();
        }
        List<String> who = new ArrayList<>();
        task.candidateUsers().forEach(u -> who.add(users.findByUsername(u.trim()).map(UserAccount::displayName)
                .orElse(u.trim())));
        for (String group : task.candidateGroups()) {
            String name = group.trim();
            if (name.equals(Role.PARTNER.name()) || name.startsWith("agency:")) {
                who.add(task.agencyId() == null ? "the agency"
                        : queries.agencyName(task.agencyId()).orElse("the agency"));
            } else {
                String role = name.substring(name.lastIndexOf(':') + 1);
                who.add("any " + roleWords(role) + " at the school");
            }
        }
        return who.isEmpty() ? "nobody yet" : String.join(" or ", who.stream().distinct().toList());
    }

    private static String roleWords(String role) {
        for (Role each : Role.values()) {
            if (each.name().equals(role)) {
                return each.label().toLowerCase(Locale.ROOT);
            }
        }
        return role.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
