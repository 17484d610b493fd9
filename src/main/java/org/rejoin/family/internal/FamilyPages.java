package org.rejoin.family.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseService;
import org.rejoin.family.FamilyMember;
import org.rejoin.family.FamilyNotFoundException;
import org.rejoin.family.FamilyPage;
import org.rejoin.family.FamilyWord;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilDetails;
import org.rejoin.pupil.PupilService;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanService;
import org.springframework.stereotype.Component;

/**
 * Builds the family page from the plan, read through the scoped services as the person who invited the family:
 * the family sees what that member of staff shares, and if they could no longer see the case, neither can the
 * family. Only the plan, the pupil's weekly attendance and the school's contact are read, never the chronology.
 */
@Component
public class FamilyPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int WEEKS_SHOWN = 12;
    private static final Map<String, String> HELPS = Map.of("QUIET_SPACE", "a quiet place to go",
            "DIFFERENT_ENTRANCE", "coming in by a different door", "SENSORY_NEEDS", "help with noise, light or busy places");

    private final UserService users;
    private final CaseService cases;
    private final SupportPlanService plans;
    private final PupilService pupils;
    private final FamilyStore store;
    private final Clock clock;

    FamilyPages(UserService users, CaseService cases, SupportPlanService plans, PupilService pupils,
                     FamilyStore store, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.cases = cases;
        this.plans = plans;
        this.pupils = pupils;
        this.store = store;
    }

    /** Who the family talks to at school: the school's name and the lead champion's. */
    public record SchoolContact(String school, String name) {
    }

    public java.util.Optional<SchoolContact> contactOf(FamilyMember member) {
        return users.findByUsername(member.invitedBy()).flatMap(inviter -> cases.find(inviter, member.caseId())
                .flatMap(details -> pupils.pupil(inviter, details.summary().pupilId()).map(pupil ->
                        new SchoolContact(pupil.schoolName(), details.summary().leadChampionName() != null
                                ? details.summary().leadChampionName() : inviter.displayName()))));
    }

    public FamilyPage read(FamilyMember member) {
        UserAccount inviter = users.findByUsername(member.invitedBy()).orElseThrow(FamilyNotFoundException::new);
        CaseDetails details = cases.find(inviter, member.caseId()).orElseThrow(FamilyNotFoundException::new);
        PupilDetails pupil = pupils.pupil(inviter, details.summary().pupilId()).orElseThrow(FamilyNotFoundException::new);
        SupportPlan plan = plans.plan(inviter, member.caseId()).orElse(null);
        List<FamilyWord> said = store.words(member.caseId(), 20);
        boolean agreed = said.stream().anyMatch(w -> w.kind() == FamilyWord.Kind.AGREED
                && w.memberId().equals(member.id()));
        boolean ready = plan != null && plan.overallGoal() != null;
        return new FamilyPage(member.caseId(), member.name(), member.pupil(), pupil.firstName(), ready,
                ready ? plan.overallGoal() : null, ready ? steps(plan.steps()) : List.of(),
                plan == null || plan.nextReviewDue() == null ? null : plan.nextReviewDue().atZone(LONDON).toLocalDate(),
                weeks(pupil.weeks(), LocalDate.now(clock)), pupil.schoolName(), details.summary().leadChampionName() != null
                        ? details.summary().leadChampionName() : inviter.displayName(),
                plan == null ? null : plan.contactArrangements(), agreed, said, changes(member.caseId(), said));
    }

    /** The plan of the member's case, read as the person who invited them (empty if they can no longer see it). */
    public java.util.Optional<SupportPlan> planOf(FamilyMember member) {
        return users.findByUsername(member.invitedBy()).flatMap(inviter -> plans.plan(inviter, member.caseId()));
    }

    private List<FamilyPage.Change> changes(java.util.UUID caseId, List<FamilyWord> said) {
        var answers = store.answers(caseId);
        return said.stream().filter(w -> w.kind() == FamilyWord.Kind.CHANGE).map(w -> {
            FamilyStore.Answer answer = answers.get(w.id());
            return new FamilyPage.Change(w.memberName(), w.answers().get("change"),
                    w.givenAt().atZone(LONDON).toLocalDate(), answer == null ? null : answer.text(),
                    answer == null ? null : answer.answeredAt().atZone(LONDON).toLocalDate());
        }).toList();
    }

    static List<FamilyPage.Step> steps(List<PlanStep> planSteps) {
        List<FamilyPage.Step> steps = new ArrayList<>();
        boolean seenCurrent = false;
        boolean nextMarked = false;
        int number = 0;
        for (PlanStep step : planSteps) {
            if (step.state() == StepState.REPLACED) {
                continue; // a stalled step was split or changed: the family sees the steps as they are now
            }
            number++;
            boolean current = step.state() == StepState.CURRENT;
            boolean next = !nextMarked && seenCurrent && step.state() == StepState.PLANNED;
            nextMarked |= next;
            seenCurrent |= current;
            steps.add(new FamilyPage.Step(number, step.description(), helps(step), standing(step.state()),
                    step.state() == StepState.ACHIEVED, current, next));
        }
        return steps;
    }

    private static String standing(StepState state) {
        return switch (state) {
            case ACHIEVED -> "Done! Well done.";
            case CURRENT -> "Working on this now";
            default -> "Still to come";
        };
    }

    private static String helps(PlanStep step) {
        List<String> words = new ArrayList<>();
        for (String code : step.adjustments()) {
            if ("OTHER".equals(code)) {
                if (step.otherAdjustment() != null && !step.otherAdjustment().isBlank()) {
                    words.add(step.otherAdjustment().strip());
                }
            } else {
                words.add(HELPS.getOrDefault(code, code.toLowerCase(java.util.Locale.UK).replace('_', ' ')));
            }
        }
        return String.join("; ", words);
    }

    /** The weeks of the last {@code WEEKS_SHOWN} before {@code today} (by the app's clock) with sessions to attend. */
    static List<FamilyPage.Week> weeks(List<AttendanceWeek> weeks, LocalDate today) {
        LocalDate from = today.minusWeeks(WEEKS_SHOWN);
        return weeks.stream().filter(w -> w.sessionsPossible() > 0 && w.weekStarting().isAfter(from))
                .map(w -> new FamilyPage.Week(w.weekStarting(), w.present(), w.sessionsPossible()))
                .toList();
    }
}
