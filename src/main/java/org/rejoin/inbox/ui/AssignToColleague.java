package org.rejoin.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.UUID;
import java.util.function.Consumer;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Hand a task to a colleague of the same school or agency, chosen from a paged list. */
class AssignToColleague extends HorizontalLayout {

    final ComboBox<UserAccount> colleague = new ComboBox<>("Assign to a colleague");

    AssignToColleague(UserService users, UserAccount user, Consumer<UUID> assign) {
        colleague.setItemLabelGenerator(u -> u.displayName() + (u.jobTitle() == null ? "" : ", " + u.jobTitle()));
        colleague.setItems(query -> users.colleagues(user, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("displayName"))).stream());
        var assignButton = new Button("Assign", e -> {
            if (colleague.getValue() != null) {
                assign.accept(colleague.getValue().id());
            }
        });
        setAlignItems(Alignment.BASELINE);
        add(colleague, assignButton);
    }
}
