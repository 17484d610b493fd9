package org.rejoin.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The story of the case, newest first, a page at a time ("Show older entries"), filtered by kind.
 * Everything the case's people did and everything Rejoin did on their behalf is here.
 */
class ChronologyPanel extends Div {

    static final int PAGE_SIZE = 20;

    final CheckboxGroup<EntryKind> kinds = new CheckboxGroup<>("Show");
    final OrderedList entries = new OrderedList();
    final Button older = new Button("Show older entries");
    final Paragraph count = new Paragraph();
    private final transient Chronology chronology;
    private final transient UserAccount user;
    private final UUID caseId;
    private int pagesShown;

    ChronologyPanel(Chronology chronology, UserAccount user, UUID caseId) {
        this.chronology = chronology;
        this.user = user;
        this.caseId = caseId;
        addClassName("case-chronology");
        kinds.setItems(EntryKind.values());
        kinds.setItemLabelGenerator(EntryKind::label);
        kinds.setValue(EnumSet.allOf(EntryKind.class));
        kinds.addValueChangeListener(e -> refresh());
        entries.addClassName("chronology-entries");
        older.addClickListener(e -> showPage(pagesShown));
        add(new H2("Chronology"), kinds, count, entries, older);
        refresh();
    }

    /** Shows the newest page again, for example after something was added. */
    void refresh() {
        entries.removeAll();
        pagesShown = 0;
        showPage(0);
    }

    private void showPage(int number) {
        Set<EntryKind> chosen = kinds.getValue();
        if (chosen.isEmpty()) {
            count.setText("Choose at least one kind of entry to show.");
            older.setVisible(false);
            return;
        }
        Page<ChronologyEntry> page = chronology.entries(user, caseId,
                chosen.size() == EntryKind.values().length ? Set.of() : chosen, PageRequest.of(number, PAGE_SIZE));
        page.forEach(entry -> entries.add(new ChronologyItem(entry)));
        pagesShown = number + 1;
        count.setText(page.getTotalElements() == 0 ? "Nothing recorded of these kinds yet."
                : "Showing " + entries.getChildren().count() + " of " + page.getTotalElements() + " entries, newest first.");
        older.setVisible(page.hasNext());
    }
}
