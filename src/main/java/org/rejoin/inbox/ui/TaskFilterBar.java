package org.rejoin.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.SavedFilter;
import org.rejoin.inbox.TaskFilter;
import org.rejoin.security.UserAccount;

/** Filters for the inbox, and filters saved by name on the server so they follow the user. */
class TaskFilterBar extends HorizontalLayout {

    private static final List<Integer> DUE_WINDOWS = List.of(-1, 0, 5, 10, 20);

    final TextField pupil = new TextField("Pupil");
    final TextField step = new TextField("Step");
    final Select<Integer> dueWithin = new Select<>();
    final ComboBox<SavedFilter> saved = new ComboBox<>("Saved filters");
    final TextField saveName = new TextField("Save these filters as");
    private final transient InboxService inbox;
    private final transient UserAccount user;
    private final transient Consumer<InboxList> listChosen;
    private final Runnable changed;

    TaskFilterBar(InboxService inbox, UserAccount user, Consumer<InboxList> listChosen, Runnable changed) {
        this.inbox = inbox;
        this.user = user;
        this.listChosen = listChosen;
        this.changed = changed;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        pupil.setPlaceholder("Name or UPN");
        step.setPlaceholder("e.g. invite parents");
        for (TextField field : List.of(pupil, step)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> changed.run());
        }
        dueWithin.setLabel("Due");
        dueWithin.setItems(DUE_WINDOWS);
        dueWithin.setItemLabelGenerator(TaskFilterBar::dueLabel);
        dueWithin.setValue(-1);
        dueWithin.addValueChangeListener(e -> changed.run());

        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setItems(inbox.savedFilters(user));
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                apply(e.getValue());
            }
        });
        var save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var delete = new Button("Delete saved filter", e -> deleteSelected());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(pupil, step, dueWithin, saved, delete, saveName, save);
    }

    TaskFilter value() {
        Integer days = dueWithin.getValue() == null || dueWithin.getValue() < 0 ? null : dueWithin.getValue();
        return new TaskFilter(pupil.getValue(), step.getValue(), days);
    }

    void save() {
        try {
            InboxList list = currentList();
            SavedFilter filter = inbox.saveFilter(user, saveName.getValue(), list, value());
            saved.setItems(inbox.savedFilters(user));
            saved.setValue(filter);
            saveName.clear();
            Notification.show("Saved '" + filter.name() + "'", 3000, Notification.Position.BOTTOM_START);
        } catch (IllegalArgumentException e) {
            saveName.setInvalid(true);
            saveName.setErrorMessage(e.getMessage());
        }
    }

    private InboxList currentList() {
        return getParent().filter(InboxView.class::isInstance).map(p -> ((InboxView) p).list()).orElse(InboxList.MINE);
    }

    void apply(SavedFilter filter) {
        pupil.setValue(filter.filter().pupil() == null ? "" : filter.filter().pupil());
        step.setValue(filter.filter().step() == null ? "" : filter.filter().step());
        dueWithin.setValue(filter.filter().dueWithinDays() == null ? -1 : filter.filter().dueWithinDays());
        listChosen.accept(filter.list());
        changed.run();
    }

    private void deleteSelected() {
        if (saved.getValue() != null) {
            inbox.deleteFilter(user, saved.getValue().id());
            saved.clear();
            saved.setItems(inbox.savedFilters(user));
        }
    }

    private static String dueLabel(Integer days) {
        return switch (days) {
            case -1 -> "Any time";
            case 0 -> "Today or earlier";
            default -> "Within " + days + " days";
        };
    }
}
