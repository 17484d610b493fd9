package org.rejoin.casework.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.RouteIds;
import org.rejoin.casework.CaseChartMarkers;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseDocuments;
import org.rejoin.casework.CaseSection;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxService;
import org.rejoin.pupil.ConcernTriage;
import org.rejoin.pupil.PupilService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/**
 * The case page: who the pupil is, where the case is now (on the process diagram), their attendance
 * over the year, the whole story so far, and the documents. Out of scope reads as "not found".
 */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@PageTitle("Case | Rejoin")
@RolesAllowed({"ATTENDANCE_CHAMPION", "SCHOOL_STAFF", "LEADER"})
public class CaseView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CaseService cases;
    private final transient Chronology chronology;
    private final transient CaseDocuments documents;
    private final transient InboxService inbox;
    private final transient PupilService pupils;
    private final transient ProcessDiagrams diagrams;
    private final transient ConcernTriage triage;
    private final transient UserAccount user;
    private final transient List<CaseSection> sections;
    private final transient List<CaseChartMarkers> markers;
    private final transient Clock clock;
    ChronologyPanel story;
    NowPanel now;
    DocumentsPanel files;
    AddToRecordForm addToRecord;

    public CaseView(CaseService cases, Chronology chronology, CaseDocuments documents, InboxService inbox,
                    PupilService pupils, ConcernTriage triage, ProcessDiagrams diagrams, CurrentUser currentUser,
                    List<CaseSection> sections, List<CaseChartMarkers> markers, Clock clock) {
        this.clock = clock;
        this.triage = triage;
        this.cases = cases;
        this.chronology = chronology;
        this.documents = documents;
        this.inbox = inbox;
        this.pupils = pupils;
        this.diagrams = diagrams;
        this.user = currentUser.require();
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
        this.markers = markers;
        addClassName("case-page");
    }

    public static RouteParameters parameters(UUID caseId) {
        return new RouteParameters("caseId", caseId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = RouteIds.uuid(event, "caseId").orElse(null);
        CaseDetails found = id == null ? null : cases.open(user, id).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found);
    }

    private void show(CaseDetails details) {
        removeAll();
        UUID caseId = details.summary().id();
        LocalDate today = LocalDate.now(clock);
        story = new ChronologyPanel(chronology, user, caseId);
        now = new NowPanel(inbox.openStepsOfCase(user, caseId), details, diagrams);
        files = new DocumentsPanel(documents, user, caseId, story::refresh);
        addToRecord = new AddToRecordForm(chronology, user, caseId, today, story::refresh);
        add(new H1(details.summary().pupilName()), new CaseHeader(details), now,
                new AttendanceSection(pupils, triage, user, details, markers, today));
        sections.stream().map(section -> section.render(user, details, story::refresh))
                .flatMap(Optional::stream).forEach(this::add);
        add(new CaseActions(chronology, user, details, story::refresh), addToRecord, story, files);
    }
}
