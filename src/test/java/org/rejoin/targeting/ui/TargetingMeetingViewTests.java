package org.rejoin.targeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.NotFoundView;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.ActionStatus;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.AttendanceBand;
import org.rejoin.targeting.PackPupil;
import org.rejoin.targeting.Responsible;
import org.rejoin.targeting.TargetingScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The targeting meeting page, browserless: the pack, recording a meeting, and who is told "not found". */
class TargetingMeetingViewTests extends ViewTestSupport {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired SchoolService schools;
    @Autowired AuditTrail audit;

    TargetingScenario s;

    @BeforeEach
    void pupilsCountedByHand() {
        s = TargetingScenario.create(jdbc, data, pupils, schools);
    }

    @Test
    void aLeaderSeesThePupilsLowestFirstEachWithACaseLinkingToIt() {
        TargetingMeetingView page = open(s.leader());

        assertThat(page.title.getText()).isEqualTo("Targeting support meeting: " + s.school().name());
        assertThat(page.pupils.band.getItemLabelGenerator().apply(AttendanceBand.AT_OR_BELOW_90))
                .isEqualTo("At or below 90% (persistently absent): 5");
        assertThat(rows(page.pupils.grid)).extracting(PackPupil::name)
                .containsExactly("Pupil Dale", "Pupil Cole", "Pupil Finch", "Pupil Eden", "Pupil Ashby");
        assertThat(((Anchor) GridKt._getCellComponent(page.pupils.grid, 0, "lastName")).getHref())
                .isEqualTo("cases/" + s.daleCase());
        assertThat(GridKt._getCellComponent(page.pupils.grid, 3, "lastName")).isInstanceOf(Span.class);
        assertThat(page.pdf.getHref()).isNotBlank();
        assertThat(page.pupils.csv.getHref()).isNotBlank();

        page.pupils.band.setValue(AttendanceBand.AT_OR_BELOW_50);
        assertThat(rows(page.pupils.grid)).extracting(PackPupil::pupilId).containsExactly(s.dale(), s.cole());
    }

    @Test
    void anOfficerSeesTheSamePupilsButNoCaseRecords() {
        TargetingMeetingView page = open(s.officer());

        assertThat(rows(page.pupils.grid)).hasSize(5);
        IntStream.range(0, 5).forEach(row -> assertThat(GridKt._getCellComponent(page.pupils.grid, row, "lastName"))
                .isInstanceOf(Span.class));
    }

    @Test
    void recordingAMeetingCarriesItsActionsToTheNextUntilTheyAreMarkedDone() {
        TargetingMeetingView page = open(s.leader());
        RecordMeetingForm form = page.form;
        form.heldOn.setValue(LocalDate.now(UkDates.ZONE).minusDays(1));
        form.attendees.setValue("Ms Head (school), Mr Officer (local authority)");
        agree(form.newActions.getFirst(), "Home visit for Dale", Responsible.LOCAL_AUTHORITY, "Mr Officer");
        ButtonKt._click(form.addAction);
        agree(form.newActions.get(1), "Call Cole's family", Responsible.SCHOOL, null);
        ButtonKt._click(form.save);

        assertThat(page.recorded.getText()).startsWith("The meeting of "
                + UkDates.formatInWords(LocalDate.now(UkDates.ZONE).minusDays(1)) + " is recorded.");
        assertThat(rows(page.carried.grid)).extracting(AgreedAction::action)
                .containsExactly("Home visit for Dale", "Call Cole's family");
        assertThat(page.past.list.getComponentCount()).isOne();
        assertThat(page.past.list.getElement().getTextRecursively())
                .contains("Recorded by " + s.leader().displayName()).doesNotContain(s.leader().username());

        page = open(s.officer());
        assertThat(page.form.carried).extracting(row -> row.agreed.action())
                .containsExactly("Home visit for Dale", "Call Cole's family");
        page.form.carried.getFirst().status.setValue(ActionStatus.DONE);
        page.form.carried.getFirst().note.setValue("Visited; mum will bring him in");
        page.form.attendees.setValue("Ms Head, Mr Officer");
        ButtonKt._click(page.form.save);

        assertThat(rows(page.carried.grid)).extracting(AgreedAction::action).containsExactly("Call Cole's family");
        assertThat(page.past.list.getComponentCount()).isEqualTo(2);
    }

    @Test
    void aRefusalSaysWhyNextToTheFieldAndKeepsEverythingTyped() {
        RecordMeetingForm form = open(s.leader()).form;
        agree(form.newActions.getFirst(), "Home visit for Dale", Responsible.LOCAL_AUTHORITY, null);
        ButtonKt._click(form.save);

        assertThat(form.attendees.isInvalid()).isTrue();
        assertThat(form.attendees.getErrorMessage()).isEqualTo("Say who attended");
        assertThat(form.problem.getText()).isEqualTo("The meeting is not recorded yet. Say who attended.");
        assertThat(form.newActions.getFirst().action.getValue()).isEqualTo("Home visit for Dale");

        form.attendees.setValue("Ms Head");
        agree(form.newActions.getFirst(), "Home visit for Dale", null, null);
        ButtonKt._click(form.save);
        assertThat(form.newActions.getFirst().responsible.isInvalid()).isTrue();
        assertThat(form.newActions.getFirst().responsible.getErrorMessage())
                .isEqualTo("New action 1: say who does it: the school or the local authority");
        assertThat(form.attendees.getValue()).isEqualTo("Ms Head");
        assertThat(jdbc.queryForObject("select count(*) from targeting_meeting where school_id = ?", Long.class,
                s.school().id())).isZero();
    }

    @Test
    void anotherSchoolsLeaderOrAnotherAuthoritysOfficerIsToldNotFoundAndTheAttemptAudited() {
        for (UserAccount outsider : List.of(data.staff(s.sameAuthority(), Role.LEADER, "Headteacher"),
                data.localAuthorityOfficer(TestData.newLocalAuthority()))) {
            signInAs(outsider.username());
            navigate("targeting/" + s.school().id());
            assertThat(currentView()).isEqualTo(NotFoundView.class);
        }
        assertThat(audit.count("ACCESS_DENIED", "targeting_pack", s.school().id())).isEqualTo(2);
        signInAs(s.leader().username());
        navigate("targeting/not-a-school");
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    @Test
    void aPartnerChampionOrAdministratorIsToldNotFoundAndTheAttemptAudited() {
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        for (UserAccount outsider : List.of(data.partner(agency), data.staff(s.school(), Role.ATTENDANCE_CHAMPION,
                "Champion"), data.admin())) {
            signInAs(outsider.username());
            navigate("targeting/" + s.school().id());
            assertThat(currentView()).isEqualTo(PackRefusedView.class);
            assertThat(_get(H1.class).getText()).isEqualTo("Not found");
        }
        assertThat(audit.count("ACCESS_DENIED", "targeting_pack", s.school().id())).isEqualTo(3);
    }

    private TargetingMeetingView open(UserAccount user) {
        signInAs(user.username());
        navigate("targeting/" + s.school().id());
        return _get(TargetingMeetingView.class);
    }

    private static void agree(NewActionRow row, String what, Responsible whose, String who) {
        row.action.setValue(what);
        row.responsible.setValue(whose);
        if (who != null) {
            row.name.setValue(who);
        }
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
