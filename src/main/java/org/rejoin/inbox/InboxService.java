package org.rejoin.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.inbox.internal.SavedFilterStore;
import org.rejoin.inbox.internal.StepAccess;
import org.rejoin.inbox.internal.StepAudience;
import org.rejoin.inbox.internal.StepHolders;
import org.rejoin.inbox.internal.TaskQueries;
import org.rejoin.inbox.internal.TaskReconciler;
import org.rejoin.inbox.internal.TaskScope;
import org.rejoin.inbox.internal.TaskStore;
import org.rejoin.inbox.internal.UserTaskEngine;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox: every human step of every process. Who may reach a step is decided by {@link StepAccess}
 * alone (offered to them, and they may see its case); a step out of reach is "not found" and the attempt
 * is audited. Submitting a task completes the
 * step in the engine; a step the engine already closed says so ({@link TaskClosedByProcessException}).
 */
@Service
public class InboxService {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules().disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final TaskQueries queries;
    private final TaskStore store;
    private final UserTaskEngine engine;
    private final UserService users;
    private final AuditTrail audit;
    private final SavedFilterStore savedFilters;
    private final TaskReconciler reconciler;
    private final StepAccess access;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final StepAudience audience;
    private final StepHolders holders;
    private final Clock clock;

    InboxService(TaskQueries queries, TaskStore store, UserTaskEngine engine, UserService users, AuditTrail audit,
                 SavedFilterStore savedFilters, TaskReconciler reconciler, ApplicationEventPublisher events,
                 TransactionTemplate transactions, StepAudience audience, StepAccess access, StepHolders holders,
                 Clock clock) {
        this.clock = clock;
        this.holders = holders;
        this.audience = audience;
        this.access = access;
        this.reconciler = reconciler;
        this.events = events;
        this.transactions = transactions;
        this.savedFilters = savedFilters;
        this.queries = queries;
        this.store = store;
        this.engine = engine;
        this.users = users;
        this.audit = audit;
    }

    /** One inbox list, filtered, sorted and paged in the database. A leader's group list is the whole school's. */
    public Page<InboxTask> list(UserAccount user, InboxList list, TaskFilter filter, Pageable page) {
        TaskScope scope = TaskScope.of(user);
        TaskFilter f = filter == null ? TaskFilter.NONE : filter;
        return switch (list) {
            case WORK -> queries.mineThenMyGroups(user.username(), CandidateGroups.of(user), scope, f, page);
            case MINE -> queries.assignedTo(user.username(), scope, f, page);
            case GROUPS -> user.hasRole(Role.LEADER) ? queries.allOpen(scope, f, page)
                    : queries.forCandidates(CandidateGroups.of(user), scope, f, page);
            case OVERDUE -> queries.overdue(user.username(), CandidateGroups.of(user), scope, f, page);
            case COMPLETED -> queries.completedBy(user.username(), scope, f, page);
        };
    }

    public Page<InboxTask> myTasks(UserAccount user, Pageable page) {
        return list(user, InboxList.MINE, TaskFilter.NONE, page);
    }

    public Page<InboxTask> groupTasks(UserAccount user, Pageable page) {
        return list(user, InboxList.GROUPS, TaskFilter.NONE, page);
    }

    public Page<InboxTask> completedByMe(UserAccount user, Pageable page) {
        return list(user, InboxList.COMPLETED, TaskFilter.NONE, page);
    }

    public InboxCounts counts(UserAccount user) {
        TaskScope scope = TaskScope.of(user);
        return new InboxCounts(queries.countAssignedTo(user.username(), scope),
                queries.countOverdue(user.username(), CandidateGroups.of(user), scope),
                queries.countUnclaimedFor(CandidateGroups.of(user), scope));
    }

    public SavedFilter saveFilter(UserAccount user, String name, InboxList list, TaskFilter filter) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("Give the filter a name of up to 80 characters");
        }
        return savedFilters.save(user.username(), name.trim(), list, filter);
    }

    public List<SavedFilter> savedFilters(UserAccount user) {
        return savedFilters.of(user.username());
    }

    public void deleteFilter(UserAccount user, UUID filterId) {
        savedFilters.delete(user.username(), filterId);
    }

    /** A step this person may reach ({@link StepAccess}), or empty ("not found") with the attempt audited. */
    public Optional<InboxTask> task(UserAccount user, UUID taskId) {
        Optional<InboxTask> task = taskId == null ? Optional.empty() : access.reach(user, taskId);
        if (task.isEmpty()) {
            audit.deniedAccess(user, "task", taskId);
        }
        return task;
    }

    /** A step opened to be read (its page): as {@link #task}, and the reading is audited. */
    public Optional<InboxTask> open(UserAccount user, UUID taskId) {
        Optional<InboxTask> task = task(user, taskId);
        task.ifPresent(t -> audit.record(user.username(), "TASK_READ", "task", taskId, t.elementId()));
        return task;
    }

    /** The completed steps of the step's case, for someone who may reach the step and see the case. */
    public List<CompletedStep> caseSoFar(UserAccount user, UUID taskId) {
        return task(user, taskId).map(t -> caseHistory(user, t.caseId())).orElse(List.of());
    }

    public void claim(UserAccount user, UUID taskId) {
        claimOpenTask(user, taskId);
    }

    /** Claims the task unless I hold it already; returns it as it was when found open. */
    private InboxTask claimOpenTask(UserAccount user, UUID taskId) {
        InboxTask task = openTask(user, taskId);
        if (user.username().equals(task.assignee())) {
            return task;
        }
        if (!store.claim(taskId, user.username())) {
            throw alreadyClaimed(user, taskId);
        }
        audit.record(user.username(), "TASK_CLAIMED", "task", taskId, task.elementId());
        return task;
    }

    /** Gives a task back to its groups: by whoever holds it, or by a leader of the school. */
    public void unclaim(UserAccount user, UUID taskId) {
        InboxTask task = openTask(user, taskId);
        if (task.assignee() == null) {
            return;
        }
        requireHolderOrLeader(user, task);
        if (!store.reassign(taskId, task.assignee(), null)) {
            throw alreadyClaimed(user, taskId);
        }
        audit.record(user.username(), "TASK_UNCLAIMED", "task", taskId, task.assignee());
    }

    /** Hands a task to a colleague of the same school or agency: by its holder, a leader, or anyone if unclaimed. */
    public void assign(UserAccount user, UUID taskId, UUID colleagueId) {
        InboxTask task = openTask(user, taskId);
        UserAccount colleague = users.colleague(user, colleagueId)
                .orElseThrow(() -> new IllegalArgumentException("Tasks can only be assigned to colleagues of "
                        + "the same school or agency"));
        if (access.reach(colleague, taskId).isEmpty()) {
            audit.record(user.username(), "ACCESS_DENIED", "task", taskId, "handing to " + colleague.username()
                    + ", who may not take this step");
            throw new IllegalArgumentException("This step can only be handed to a colleague it is offered to");
        }
        boolean assigned;
        if (task.assignee() == null) {
            assigned = store.claim(taskId, colleague.username());
        } else {
            requireHolderOrLeader(user, task);
            assigned = store.reassign(taskId, task.assignee(), colleague.username());
        }
        if (!assigned) {
            throw alreadyClaimed(user, taskId);
        }
        audit.record(user.username(), "TASK_ASSIGNED", "task", taskId, colleague.username());
        if (!colleague.username().equals(user.username())) {
            events.publishEvent(new StepOffered(UUID.randomUUID(), taskId, task.caseId(), task.schoolId(),
                    task.agencyId(), task.processId(), task.elementId(), task.name(), task.dueDate(),
                    colleague.username()));
        }
    }

    /**
     * Submits the step: claims it if nobody holds it, then completes the job with the variables.
     * Throws {@link TaskClosedByProcessException} if the engine closed it meanwhile.
     */
    public void complete(UserAccount user, UUID taskId, Map<String, Object> variables) {
        InboxTask task = claimOpenTask(user, taskId);
        long jobKey = queries.jobKey(taskId, TaskScope.of(user)).orElseThrow(() -> new TaskNotFoundException(taskId));
        if (engine.complete(jobKey, variables == null ? Map.of() : variables) == UserTaskEngine.Outcome.GONE) {
            store.markCancelled(taskId);
            throw new TaskClosedByProcessException();
        }
        Map<String, Object> answers = variables == null ? Map.of() : variables;
        transactions.executeWithoutResult(tx -> {
            store.markCompleted(taskId, user.username(), json(answers));
            events.publishEvent(new StepCompleted(taskId, task.caseId(), task.processId(), task.elementId(),
                    task.name(), user.username(), Instant.now(clock), answers));
        });
        audit.record(user.username(), "TASK_COMPLETED", "task", taskId, task.elementId());
    }

    /**
     * What the case waits for now that this person has submitted a step: its open steps with who holds each.
     * The engine offers the next step a moment after the submission (its worker stores it), so this waits up
     * to {@code patience} for a step created since, then a little longer for parallel steps offered with it.
     * Nothing new within the patience means the process waits on time or news, or has ended.
     */
    public List<WaitingStep> nextSteps(UserAccount user, UUID completedTaskId, java.time.Duration patience) {
        InboxTask done = task(user, completedTaskId).filter(t -> t.state() == TaskState.COMPLETED && t.caseId() != null)
                .orElse(null);
        if (done == null) {
            return List.of();
        }
        Instant since = done.completedAt().minusSeconds(5);
        long giveUp = System.nanoTime() + patience.toNanos(); // a wait, not a date: the real time it takes
        List<InboxTask> open = openStepsOfCase(user, done.caseId());
        while (open.stream().noneMatch(t -> t.createdAt().isAfter(since)) && System.nanoTime() - giveUp < 0) {
            pause(100);
            open = openStepsOfCase(user, done.caseId());
        }
        if (open.stream().anyMatch(t -> t.createdAt().isAfter(since))) {
            pause(300); // parallel steps are offered together; let their rows land
            open = openStepsOfCase(user, done.caseId());
        }
        return open.stream().map(t -> holders.describe(t, user)).toList();
    }

    /** The open steps of the cases I have worked on that wait on colleagues or agencies, soonest due first. */
    public List<WaitingStep> waitingOnOthers(UserAccount user, int limit) {
        return queries.waitingOnOthers(user.username(), CandidateGroups.of(user), TaskScope.of(user), limit).stream()
                .filter(t -> access.maySeeStepsOfCase(user, t.caseId()))
                .map(t -> holders.describe(t, user)).toList();
    }

    /**
     * Chases a step I am waiting on: it is marked reminded and rises in its holder's inbox, as the processes'
     * own reminders do. Only a step of the list {@link #waitingOnOthers} would show; audited.
     */
    public void chase(UserAccount user, UUID taskId) {
        InboxTask task = queries.waitingOnOthers(user.username(), CandidateGroups.of(user), TaskScope.of(user), 500)
                .stream().filter(t -> t.id().equals(taskId)).findFirst()
                .filter(t -> access.maySeeStepsOfCase(user, t.caseId()))
                .orElseThrow(() -> {
                    audit.deniedAccess(user, "task", taskId);
                    return new TaskNotFoundException(taskId);
                });
        store.remindStep(task.processInstanceKey(), task.elementId());
        audit.record(user.username(), "TASK_CHASED", "task", taskId, task.elementId());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Chases a person's open step of a case on the process's behalf: the task is marked reminded and its
     * priority raised to at least {@value TaskStore#REMINDED_PRIORITY}, so it rises in their inbox.
     */
    public int remind(UUID caseId, String elementId, String assignee) {
        return store.remind(caseId, elementId, assignee);
    }

    /**
     * Chases a step of one process instance whoever holds it, or while nobody has claimed it yet (an
     * agency's answer to a referral): marked reminded and raised in priority like {@link #remind}.
     */
    public int remindStep(long processInstanceKey, String elementId) {
        return store.remindStep(processInstanceKey, elementId);
    }

    /**
     * Takes the steps a process instance has just closed itself (an interrupting event, such as a withdrawn
     * referral) out of the inboxes now rather than at the reconciler's next pass; returns how many.
     */
    public int dropStepsClosedBy(long processInstanceKey) {
        return reconciler.reconcileInstance(processInstanceKey);
    }

    /** The steps of a case waiting for someone now, as far as this user may see them (the case page's "now"). */
    public List<InboxTask> openStepsOfCase(UserAccount user, UUID caseId) {
        return access.maySeeStepsOfCase(user, caseId) ? queries.openOfCase(caseId, TaskScope.of(user)) : List.of();
    }

    /** The steps of a case completed so far, as far as this user may see them. */
    public List<CompletedStep> caseHistory(UserAccount user, UUID caseId) {
        return access.maySeeStepsOfCase(user, caseId) ? queries.caseHistory(caseId, TaskScope.of(user)) : List.of();
    }

    /**
     * The people who can take an open step now (its holder, or everyone its groups and users name), as
     * usernames; empty once it is closed. For notifications: no user asks, so nothing is scoped or audited.
     */
    public List<String> peopleWhoCanTake(UUID taskId) {
        return audience.people(taskId);
    }

    /** Open steps due in [from, to), soonest first, at most {@code limit}: for reminders. */
    public List<StepNotice> openStepsDueBetween(Instant from, Instant to, int limit) {
        return audience.dueBetween(from, to, limit);
    }

    private static String json(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("These answers cannot be stored", e);
        }
    }

    private InboxTask openTask(UserAccount user, UUID taskId) {
        InboxTask task = task(user, taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        return switch (task.state()) {
            case OPEN -> task;
            case CANCELLED -> throw new TaskClosedByProcessException();
            case COMPLETED -> throw new IllegalStateException("This task was already completed by "
                    + displayName(task.completedBy()));
        };
    }

    private TaskAlreadyClaimedException alreadyClaimed(UserAccount user, UUID taskId) {
        InboxTask now = openTask(user, taskId);
        String holder = now.assignee() == null ? "someone else" : now.assignee();
        return new TaskAlreadyClaimedException(holder, displayName(holder));
    }

    private static void requireHolderOrLeader(UserAccount user, InboxTask task) {
        if (!user.username().equals(task.assignee()) && !user.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("Only the person who holds a task, or a leader, can pass it on");
        }
    }

    private String displayName(String username) {
        return username == null ? "someone else"
                : users.findByUsername(username).map(UserAccount::displayName).orElse(username);
    }
}
