package org.rejoin.targeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.RouteIds;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.Meeting;
import org.rejoin.targeting.Pack;
import org.rejoin.targeting.PackExports;
import org.rejoin.targeting.TargetingMeetings;
import org.rejoin.targeting.TargetingPack;
import org.springframework.data.domain.PageRequest;

/**
 * The termly targeting support meeting of one school and its local authority: the pack (pupils at or below 90%
 * and 50% attendance, their cases and open referrals), the actions carried forward, the form to record this
 * term's meeting and the meetings before. A school the person does not oversee is "not found", whoever asks.
 */
@Route(value = "targeting/:schoolId", layout = MainLayout.class)
@PageTitle("Targeting support meeting | Rejoin")
@RolesAllowed({"LEADER", "LOCAL_AUTHORITY"})
@AccessDeniedErrorRouter(rerouteToError = PackRefusedException.class)
public class TargetingMeetingView extends VerticalLayout implements BeforeEnterObserver {

    static final int MOST_CARRIED = 200;

    final H1 title = new H1();
    final Paragraph recorded = new Paragraph();
    final Anchor pdf = new Anchor();
    PackPupilsSection pupils;
    CarriedActionsSection carried;
    RecordMeetingForm form;
    PastMeetingsSection past;
    private final transient TargetingPack packs;
    private final transient TargetingMeetings meetings;
    private final transient PackExports exports;
    private final transient UserAccount user;
    private transient Pack pack;

    public TargetingMeetingView(TargetingPack packs, TargetingMeetings meetings, PackExports exports,
                                CurrentUser currentUser) {
        this.packs = packs;
        this.meetings = meetings;
        this.exports = exports;
        this.user = currentUser.require();
        recorded.getElement().setAttribute("role", "status");
        pdf.setText("Download the pack (PDF)");
        pdf.setDownload(true);
    }

    /** For links from other pages: {@code new RouterLink("...", TargetingMeetingView.class, parameters(id))}. */
    public static RouteParameters parameters(UUID schoolId) {
        return new RouteParameters("schoolId", schoolId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID schoolId = RouteIds.uuid(event, "schoolId").orElse(null);
        pack = schoolId == null ? null : packs.open(user, schoolId).orElse(null);
        if (pack == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText("Targeting support meeting: " + pack.school().name());
        pdf.setHref(DownloadHandler.fromInputStream(request -> exports.packPdf(user, schoolId)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "targeting-pack.pdf",
                        "application/pdf", bytes.length)).orElseGet(() -> DownloadResponse.error(404))));
        show();
    }

    private void show() {
        removeAll();
        UUID schoolId = pack.school().id();
        pupils = new PackPupilsSection(packs, exports, user, pack);
        carried = new CarriedActionsSection(meetings, user, schoolId);
        form = new RecordMeetingForm(meetings, user, schoolId,
                meetings.carriedForward(user, schoolId, PageRequest.of(0, MOST_CARRIED)).getContent(), this::recorded);
        past = new PastMeetingsSection(meetings, user, schoolId);
        add(title, new Paragraph("The termly meeting of the school and " + pack.school().localAuthority()
                        + " about the pupils whose attendance is lowest. Confidential: personal data about children; "
                        + "every opening and download is recorded."), pdf, recorded, pupils, carried, form, past);
    }

    private void recorded(Meeting meeting) {
        show();
        recorded.setText("The meeting of " + UkDates.formatInWords(meeting.heldOn()) + " is recorded. Its actions are "
                + "carried forward to the next meeting until one marks them done or dropped.");
    }
}
