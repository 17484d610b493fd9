package org.rejoin.ladder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseSection;
import org.rejoin.casework.CaseState;
import org.rejoin.ladder.LadderPosition;
import org.rejoin.ladder.LadderService;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * "Formal support" on the case page: one sentence saying where on the statutory ladder the family is; for the
 * school's champions and leaders, a way to start it (with the reason) and the evidence pack for the local authority.
 */
@org.springframework.stereotype.Component
public class LadderSection implements CaseSection {

    private final LadderService ladders;

    LadderSection(LadderService ladders) {
        this.ladders = ladders;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> render(UserAccount user, CaseDetails details, Runnable recorded) {
        UUID caseId = details.summary().id();
        boolean decides = user.hasRole(Role.ATTENDANCE_CHAMPION) || user.hasRole(Role.LEADER);
        Optional<LadderPosition> position = ladders.position(user, caseId);
        if (position.isEmpty() && !decides) {
            return Optional.empty();
        }
        var panel = new VerticalLayout();
        panel.setPadding(false);
        panel.addClassName("case-ladder");
        panel.add(new H2("Formal support"));
        var where = new Paragraph(position.map(LadderPosition::sentence)
                .orElse("No formal support has started: support comes first, then an attendance contract, "
                        + "then, only if it is not engaged with, legal intervention."));
        where.addClassName("ladder-position");
        panel.add(where);
        boolean climbing = position.isPresent() && !position.get().ended();
        if (decides && !climbing && details.summary().state() == CaseState.OPEN) {
            var reason = new TextArea("Why formalise the support now");
            reason.setWidthFull();
            var start = new Button("Start formal support", e -> {
                try {
                    ladders.start(user, caseId, reason.getValue());
                    where.setText("Formal support has started: an attendance contract is being agreed with the parents.");
                    reason.setVisible(false);
                    e.getSource().setVisible(false);
                    recorded.run();
                } catch (IllegalArgumentException | IllegalStateException refused) {
                    Notification.show(refused.getMessage());
                }
            });
            panel.add(reason, start);
        }
        if (decides && position.isPresent()) {
            UUID ladderId = position.get().ladderId();
            var pack = new Anchor(DownloadHandler.fromInputStream(request -> {
                byte[] pdf = ladders.evidencePack(user, ladderId);
                return new DownloadResponse(new ByteArrayInputStream(pdf), "evidence-pack.pdf", "application/pdf",
                        pdf.length);
            }), "Evidence pack for the local authority (PDF)");
            pack.setDownload(true);
            pack.addClassName("ladder-evidence-pack");
            panel.add(pack);
        }
        return Optional.of(panel);
    }
}
