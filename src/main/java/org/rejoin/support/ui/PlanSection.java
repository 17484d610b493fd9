package org.rejoin.support.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseSection;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanService;

/** Adds the stepped support plan to the case page, right after the attendance chart, once a plan has started. */
@org.springframework.stereotype.Component
class PlanSection implements CaseSection {

    private final SupportPlanService plans;

    PlanSection(SupportPlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render(UserAccount user, CaseDetails details, Runnable recorded) {
        return plans.plan(user, details.summary().id())
                .map(plan -> new PlanPanel(plans, user, details, plan, recorded));
    }
}
