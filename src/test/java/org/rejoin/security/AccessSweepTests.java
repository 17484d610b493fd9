package org.rejoin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.casework.CaseDocuments;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyAndDocumentsTestFiles;
import org.rejoin.inbox.InboxService;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralTestData;
import org.rejoin.referral.internal.ReferralRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;

/**
 * The standing sweep: every page that opens one record by its id, and every kind of record through its
 * service, asked for by every kind of person from another school, agency or authority, is "not found". A new
 * page with a record id in its address fails here until it has its row in {@link #recordPages}.
 */
class AccessSweepTests extends ViewTestSupport {

    @Autowired
    TestData data;
    @Autowired
    ReferralTestData referralData;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralRecords referralRecords;
    @Autowired
    CaseService cases;
    @Autowired
    PupilService pupils;
    @Autowired
    InboxService inbox;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Chronology chronology;
    @Autowired
    SchoolStaff staff;
    @Autowired
    org.rejoin.ladder.LadderService ladders;

    ReferralTestData.Place home;
    UUID taskId;
    UUID referralId;
    UUID documentId;
    UUID ladderId;
    final Map<String, UserAccount> outsiders = new LinkedHashMap<>();

    @BeforeEach
    void aSchoolWithEveryKindOfRecordAndEveryoneFromElsewhere() {
        home = referralData.place();
        taskId = await().atMost(Duration.ofSeconds(60)).until(() -> inbox.openStepsOfCase(home.champion(),
                home.caseId()).stream().findFirst().map(t -> t.id()).orElse(null), id -> id != null);
        referralId = referrals.requestByHand(home.champion(), home.caseId(), AgencyType.EARLY_HELP, "Mornings");
        referralRecords.sent(referralId, home.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared(
                "Mornings have broken down", "Key adult", true, null), Instant.parse("2030-03-01T16:00:00Z"), 1L,
                "sweep-sent:" + referralId);
        documentId = documents.attach(home.champion(), home.caseId(), "letter.pdf",
                ChronologyAndDocumentsTestFiles.PDF, null).id();
        ladderId = ladders.start(home.champion(), home.caseId(), "Support offered and not engaged with");

        SchoolInfo elsewhere = data.school(TestData.newLocalAuthority());
        UserAccount admin = data.admin();
        outsiders.put("another school's champion", data.staff(elsewhere, Role.ATTENDANCE_CHAMPION, null));
        outsiders.put("another school's staff", data.staff(elsewhere, Role.SCHOOL_STAFF, null));
        outsiders.put("another school's leader", data.staff(elsewhere, Role.LEADER, null));
        UserAccount dsl = data.staff(elsewhere, Role.SCHOOL_STAFF, "Designated safeguarding lead");
        staff.designateSafeguardingLead(admin, dsl.id(), true);
        outsiders.put("another school's safeguarding lead", dsl);
        outsiders.put("another agency's partner", home.mentalHealthPartner());
        outsiders.put("another authority's officer", data.localAuthorityOfficer(elsewhere.localAuthority()));
        outsiders.put("an administrator", admin);
    }

    /** Every page whose address names one record, with the home record's id. */
    private Map<String, String> recordPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("cases/:caseId", "cases/" + home.caseId());
        pages.put("pupils/:pupilId", "pupils/" + home.pupil());
        pages.put("tasks/:taskId", "tasks/" + taskId);
        pages.put("referrals/:referralId", "referrals/" + referralId);
        pages.put("targeting/:schoolId", "targeting/" + home.school().id());
        return pages;
    }

    @Test
    void everyPageWithARecordIdInItsAddressIsInTheSweep() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> withIds = new TreeSet<>();
        for (var bean : scanner.findCandidateComponents("org.rejoin")) {
            try {
                String route = Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value();
                if (route.contains(":")) {
                    withIds.add(route);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(withIds).isEqualTo(new TreeSet<>(recordPages().keySet()));
    }

    @Test
    void everyoneFromElsewhereFindsNoRecordPageOfThisSchool() {
        List<String> holes = new ArrayList<>();
        for (var outsider : outsiders.entrySet()) {
            for (String page : recordPages().values()) {
                if (opens(outsider.getValue(), page)) {
                    holes.add(outsider.getKey() + " opened " + page);
                }
            }
        }
        assertThat(holes).isEmpty();
    }

    @Test
    void everyoneFromElsewhereFindsNoRecordOfThisSchoolThroughItsService() {
        List<String> holes = new ArrayList<>();
        for (var outsider : outsiders.entrySet()) {
            UserAccount who = outsider.getValue();
            check(holes, outsider.getKey(), "case", cases.find(who, home.caseId()).isPresent());
            check(holes, outsider.getKey(), "pupil", pupils.pupil(who, home.pupil()).isPresent());
            check(holes, outsider.getKey(), "step", inbox.task(who, taskId).isPresent());
            check(holes, outsider.getKey(), "steps of the case", !inbox.openStepsOfCase(who, home.caseId()).isEmpty());
            check(holes, outsider.getKey(), "referral", referrals.referral(who, referralId).isPresent());
            check(holes, outsider.getKey(), "referrals of the case",
                    !referrals.referralsOfCase(who, home.caseId()).isEmpty());
            check(holes, outsider.getKey(), "document", documents.download(who, home.caseId(), documentId).isPresent());
            check(holes, outsider.getKey(), "chronology", reads(() -> chronology.entries(who, home.caseId(), Set.of(),
                    PageRequest.of(0, 10)).getTotalElements() > 0));
            check(holes, outsider.getKey(), "ladder position", ladders.position(who, home.caseId()).isPresent());
            check(holes, outsider.getKey(), "evidence pack", reads(() -> ladders.evidencePack(who, ladderId).length > 0));
            check(holes, outsider.getKey(), "ladder counts", reads(() -> ladders.countsPerSchool(who).stream()
                    .anyMatch(c -> c.schoolId().equals(home.school().id()))));
            check(holes, outsider.getKey(), "case list", reads(() -> cases.cases(who, null, PageRequest.of(0, 500))
                    .stream().anyMatch(c -> c.id().equals(home.caseId()))));
        }
        assertThat(holes).isEmpty();
    }

    private static void check(List<String> holes, String who, String what, boolean reached) {
        if (reached) {
            holes.add(who + " reached the " + what);
        }
    }

    /** True if the read returned something; a refusal (not found, access denied) is no hole. */
    private static boolean reads(java.util.function.BooleanSupplier read) {
        try {
            return read.getAsBoolean();
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private boolean opens(UserAccount who, String page) {
        signInAs(who.username());
        navigate("no-such-page-" + UUID.randomUUID());
        try {
            navigate(page);
        } catch (MockAccessDeniedException refusedByTheViewsRoles) {
            return false;
        }
        String view = currentView().getSimpleName();
        Predicate<String> refusal = name -> name.equals("NotFoundView") || name.equals("PackRefusedView");
        return !refusal.test(view);
    }
}
