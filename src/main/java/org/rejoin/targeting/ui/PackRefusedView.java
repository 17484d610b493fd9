package org.rejoin.targeting.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.rejoin.base.ui.NotFoundView;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.CurrentUser;
import org.rejoin.targeting.TargetingMeetings;

/**
 * What a champion, staff member, partner or administrator sees at a targeting pack's address: the app's own "not
 * found" page, so nobody learns which schools exist, and an entry in the audit trail, as for any record out of scope.
 */
@PageTitle("Not found | Rejoin")
@PermitAll
public class PackRefusedView extends VerticalLayout implements HasErrorParameter<PackRefusedException> {

    private final transient CurrentUser currentUser;
    private final transient AuditTrail audit;

    public PackRefusedView(CurrentUser currentUser, AuditTrail audit) {
        this.currentUser = currentUser;
        this.audit = audit;
        setPadding(false);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PackRefusedException> parameter) {
        List<String> segments = event.getLocation().getSegments();
        String school = segments.size() == 2 ? segments.get(1) : null;
        currentUser.get().ifPresent(user -> audit.deniedAccess(user, TargetingMeetings.SUBJECT, school));
        removeAll();
        var notFound = new NotFoundView();
        add(notFound);
        return notFound.setErrorParameter(event,
                new ErrorParameter<>(NotFoundException.class, new NotFoundException()));
    }
}
