package org.rejoin.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.internal.CaseAccess;
import org.rejoin.casework.internal.ChronologyStore;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** The case's story and its documents, on real PostgreSQL. */
@org.rejoin.RejoinTest
class ChronologyAndDocumentsTests {

    static final byte[] PDF = ChronologyAndDocumentsTestFiles.PDF;

    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    CaseDocuments documents;
    @Autowired
    SchoolStaff staff;
    @Autowired
    TestData data;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ChronologyStore chronologyStore;
    @Autowired
    CaseAccess caseAccess;

    SchoolInfo school;
    UserAccount champion;
    UUID caseId;

    @BeforeEach
    void anOpenCase() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        caseId = cases.openByHand(champion, data.pupil(school, "Story"), "Mondays missed since half term");
    }

    @Test
    void notesContactsAndMeetingsAreFilteredByKindNewestFirst() {
        chronology.add(champion, caseId, EntryKind.NOTE, null, "Spoke to form tutor", null);
        chronology.add(champion, caseId, EntryKind.PARENT_CONTACT, "Phoned mum", "Agreed to come in",
                LocalDate.now().minusDays(2));
        chronology.add(champion, caseId, EntryKind.MEETING, "Meeting with dad", "Talked about mornings", null);

        var all = chronology.entries(champion, caseId, Set.of(), PageRequest.of(0, 20)).getContent();
        // the phone call two days ago came before the case was opened
        assertThat(all).extracting(ChronologyEntry::kind).containsExactly(EntryKind.MEETING, EntryKind.NOTE,
                EntryKind.CASE, EntryKind.PARENT_CONTACT);
        var contacts = chronology.entries(champion, caseId, Set.of(EntryKind.PARENT_CONTACT, EntryKind.MEETING),
                PageRequest.of(0, 20)).getContent();
        assertThat(contacts).extracting(ChronologyEntry::title).containsExactly("Meeting with dad", "Phoned mum");
        assertThat(contacts.getFirst().actorName()).isEqualTo(champion.displayName());
    }

    @Test
    void anEmptyNoteOrAFutureDateIsRefusedAndRejoinsOwnKindsCannotBeWritten() {
        assertThatThrownBy(() -> chronology.add(champion, caseId, EntryKind.NOTE, null, " ", null))
                .hasMessage("Write what happened");
        assertThatThrownBy(() -> chronology.add(champion, caseId, EntryKind.MEETING, null, "x",
                LocalDate.now().plusDays(3))).hasMessage("The date cannot be in the future");
        assertThatThrownBy(() -> chronology.add(champion, caseId, EntryKind.ATTENDANCE, null, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoteIsDatedAndItsDateCheckedByTheAppsClock() {
        var fourWeeksBack = Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-28));
        var behind = new Chronology(chronologyStore, caseAccess, staff, events, audit, fourWeeksBack);

        assertThatThrownBy(() -> behind.add(champion, caseId, EntryKind.NOTE, null, "x", LocalDate.now(UkDates.ZONE)))
                .hasMessage("The date cannot be in the future");
        Instant from = Instant.now(fourWeeksBack).minusSeconds(1);
        behind.add(champion, caseId, EntryKind.NOTE, "Called home", "Mum says Mondays are hard", null);
        Instant to = Instant.now(fourWeeksBack).plusSeconds(1);

        assertThat(chronology.entries(champion, caseId, Set.of(EntryKind.NOTE), PageRequest.of(0, 10)))
                .singleElement().satisfies(note -> assertThat(note.occurredAt()).isBetween(from, to));
    }

    @Test
    void aSafeguardingConcernIsShownOnlyToThoseWhoHandleSafeguardingAndWhoeverRaisedIt() {
        UserAccount dsl = data.staff(school, Role.SCHOOL_STAFF, "DSL");
        staff.designateSafeguardingLead(data.admin(), dsl.id(), true);
        UserAccount otherChampion = data.staff(school, Role.ATTENDANCE_CHAMPION, null);

        chronology.raiseSafeguardingConcern(champion, caseId, "Bruise on arm, says fell off bike");

        assertThat(kinds(champion)).contains(EntryKind.SAFEGUARDING);
        assertThat(kinds(dsl)).contains(EntryKind.SAFEGUARDING);
        assertThat(kinds(otherChampion)).doesNotContain(EntryKind.SAFEGUARDING).contains(EntryKind.CASE);
        assertThat(staff.safeguardingLeads(school.id())).containsExactly(dsl.username());
    }

    @Test
    void aCompletedStepGoesIntoTheChronologyOnceWithItsAnswers() {
        UUID taskId = UUID.randomUUID();
        StepCompleted step = new StepCompleted(taskId, caseId, "barrier-understanding", "Task_GatherEvidence",
                "2. Use the template to gather evidence", champion.username(), Instant.now(),
                Map.of("patterns", "Mondays and Fridays"));
        transactions.executeWithoutResult(tx -> events.publishEvent(step));
        transactions.executeWithoutResult(tx -> events.publishEvent(step));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                chronology.entries(champion, caseId, Set.of(EntryKind.TASK), PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("2. Use the template to gather evidence");
                    assertThat(e.details()).containsEntry("patterns", "Mondays and Fridays");
                }));
    }

    @Test
    void anEntryForACaseThatDoesNotExistIsIgnoredRatherThanFailingForEver() {
        assertThat(chronology.record(NewEntry.bySystem(UUID.randomUUID(), EntryKind.TASK, "A test step", null,
                "test:" + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aPdfIsAttachedAndEachDownloadIsAudited() {
        CaseDocument doc = documents.attach(champion, caseId, "GP letter.pdf", PDF, "Letter from the GP");

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.sizeBytes()).isEqualTo(PDF.length);
        assertThat(documents.download(champion, caseId, doc.id())).contains(PDF);
        assertThat(audit.count("DOCUMENT_DOWNLOADED", "case_document", doc.id())).isEqualTo(1);
        assertThat(kinds(champion)).contains(EntryKind.DOCUMENT);

        UserAccount otherSchool = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        assertThat(documents.download(otherSchool, caseId, doc.id())).isEmpty();
        assertThat(audit.count("DOCUMENT_DOWNLOADED", "case_document", doc.id())).isEqualTo(1);
    }

    @Test
    void aProgramCalledPdfAnEmptyFileAndAnOversizedFileAreRefusedWithTheReason() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertThatThrownBy(() -> documents.attach(champion, caseId, "report.pdf", program, null))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessage("report.pdf is not a PDF, image or office document, so it cannot be attached");
        assertThatThrownBy(() -> documents.attach(champion, caseId, "empty.pdf", new byte[0], null))
                .hasMessage("empty.pdf is empty");
        byte[] huge = new byte[(int) CaseDocuments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> documents.attach(champion, caseId, "scan.pdf", huge, null))
                .hasMessage("scan.pdf is larger than 10 MB");
        assertThat(documents.documents(champion, caseId)).isEmpty();
    }

    private Set<EntryKind> kinds(UserAccount user) {
        return Set.copyOf(chronology.entries(user, caseId, Set.of(), PageRequest.of(0, 50)).getContent().stream()
                .map(ChronologyEntry::kind).toList());
    }
}
