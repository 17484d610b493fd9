package org.rejoin.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.Optional;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseSection;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanService;

/** Adds the stepped support plan to the case page, right after the attendance chart, once a plan has started. */
@org.springframework.stereotype.Component
class PlanSection implements CaseSection {

    private final SupportPlanService plans;
    private final AuditTrail audit;

    private final Clock clock;

    PlanSection(SupportPlanService plans, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render(UserAccount user, CaseDetails details, Runnable recorded) {
        return plans.plan(user, details.summary().id())
                .map(plan -> {
                    var panel = new PlanPanel(plans, user, details, plan, recorded, Instant.now(clock));
                    panel.add(letterLink(user, details));
                    return panel;
                });
    }

    /** The plan as a PDF letter for the parents or carers, made fresh when clicked; every copy is audited. */
    private Anchor letterLink(UserAccount user, CaseDetails details) {
        UUID caseId = details.summary().id();
        String keyAdult = details.team().stream().filter(m -> m.role() == CaseDetails.TeamRole.KEY_ADULT)
                .map(CaseDetails.TeamMember::displayName).findFirst().orElse(null);
        var link = new Anchor(DownloadHandler.fromInputStream(request -> plans.plan(user, caseId).map(plan -> {
            byte[] pdf = PlanLetter.pdf(plan, details.summary().pupilName(), keyAdult, Instant.now(clock));
            audit.record(user.username(), "EXPORTED", "support_plan", caseId, "plan letter for parents (PDF)");
            return new DownloadResponse(new ByteArrayInputStream(pdf), "support-plan.pdf", "application/pdf", pdf.length);
        }).orElseGet(() -> DownloadResponse.error(404))), "Download the plan for parents and carers (PDF)");
        link.setDownload(true);
        link.addClassName("plan-letter");
        return link;
    }
}
