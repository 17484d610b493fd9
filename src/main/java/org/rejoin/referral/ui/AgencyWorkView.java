package org.rejoin.referral.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/** A partner's start page: the agency they work for and the referrals made to it. */
@Route(value = "agency", layout = MainLayout.class)
@PageTitle("Agency work | Rejoin")
@Menu(order = 0, title = "Agency work", icon = "vaadin:handshake")
@RolesAllowed("PARTNER")
public class AgencyWorkView extends VerticalLayout {

    public AgencyWorkView(AgencyService agencies, CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        String agency = user.agency().flatMap(agencies::find).map(AgencyInfo::name).orElse("your agency");
        add(new H1("Work for " + agency),
                new Paragraph("No pupils have been referred to " + agency + " yet. When a school refers a pupil, "
                        + "the referral appears here with the information the school has shared."));
    }
}
