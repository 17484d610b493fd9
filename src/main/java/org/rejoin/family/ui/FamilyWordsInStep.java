package org.rejoin.family.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.family.FamilyChangeProcess;
import org.rejoin.family.FamilyService;
import org.rejoin.family.FamilyWord;
import org.rejoin.family.internal.FamilyWords;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.StepSection;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanProcess;

/**
 * The family's own words in a step's "case so far", read from the family's records of that case alone: in a
 * plan review, the views the parents, carers and the pupil gave for it; in "Respond to the family", the change
 * they asked for. Read-only and labelled as the family's.
 */
@org.springframework.stereotype.Component
class FamilyWordsInStep implements StepSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", UkDates.LOCALE);

    private final FamilyService family;

    FamilyWordsInStep(FamilyService family) {
        this.family = family;
    }

    @Override
    public Optional<Component> render(UserAccount user, InboxTask task) {
        if (task.caseId() == null) {
            return Optional.empty();
        }
        try {
            if (SupportPlanProcess.PROCESS_ID.equals(task.processId())
                    && SupportPlanProcess.Elements.REVIEW.equals(task.elementId())) {
                return viewsBeforeReview(user, task);
            }
            if (FamilyChangeProcess.PROCESS_ID.equals(task.processId())
                    && FamilyChangeProcess.Elements.RESPOND_TO_FAMILY.equals(task.elementId())) {
                return changeAskedFor(user, task);
            }
        } catch (CaseNotFoundException outOfScope) {
            return Optional.empty(); // the refusal is audited where it was made
        }
        return Optional.empty();
    }

    private Optional<Component> viewsBeforeReview(UserAccount user, InboxTask task) {
        List<FamilyWord> views = family.viewsForReview(user, task.caseId(), task.createdAt(), task.completedAt());
        if (views.isEmpty() && family.members(user, task.caseId()).isEmpty()) {
            return Optional.empty();
        }
        Div section = section("The family's own words before this review");
        if (views.isEmpty()) {
            section.add(new Paragraph("The family has not given their view for this review."));
        }
        views.forEach(view -> section.add(said(view)));
        return Optional.of(section);
    }

    private Optional<Component> changeAskedFor(UserAccount user, InboxTask task) {
        Object wordId = task.variables().get(FamilyChangeProcess.Variables.FAMILY_WORD_ID);
        if (wordId == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(wordId.toString());
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return family.changeAskedFor(user, task.caseId(), id).map(change -> {
            Div section = section("What the family would change");
            section.add(said(change));
            return section;
        });
    }

    private static Div section(String heading) {
        var section = new Div(new H3(heading), new Paragraph("In their own words, as they gave them on the family "
                + "page. Staff cannot change them."));
        section.addClassName("family-words");
        return section;
    }

    private static Div said(FamilyWord word) {
        String who = word.memberName() + (word.kind() == FamilyWord.Kind.PUPIL_VOICE ? " (the pupil)"
                : " (parent or carer)");
        var by = new Paragraph(who + ", " + WHEN.format(word.givenAt().atZone(UkDates.ZONE)));
        by.addClassName("family-words-by");
        var answers = new DescriptionList();
        answers.addClassName("family-answers");
        FamilyWords.VIEW_LABELS.forEach((key, label) -> answer(answers, label, word.answers().get(key)));
        answer(answers, "What they would change", word.answers().get("change"));
        return new Div(by, answers);
    }

    private static void answer(DescriptionList answers, String label, String text) {
        if (text != null) { // in the order the family page asks the questions
            answers.add(new DescriptionList.Term(label), new DescriptionList.Description(text));
        }
    }
}
