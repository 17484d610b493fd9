package org.rejoin.family.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseSection;
import org.rejoin.family.FamilyService;
import org.rejoin.support.SupportPlanService;
import org.rejoin.security.UserAccount;

/** Adds the family page's panel to the case page once the case has a plan: who is invited, and what they said. */
@org.springframework.stereotype.Component
class FamilySection implements CaseSection {

    private final FamilyService family;
    private final SupportPlanService plans;

    FamilySection(FamilyService family, SupportPlanService plans) {
        this.family = family;
        this.plans = plans;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Optional<Component> render(UserAccount user, CaseDetails details, Runnable recorded) {
        return plans.plan(user, details.summary().id()).map(plan -> new FamilyPanel(family, user, plan.caseId(),
                user.username().equals(plan.leadChampion()), recorded));
    }
}
