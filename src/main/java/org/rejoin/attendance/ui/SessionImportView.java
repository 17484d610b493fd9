package org.rejoin.attendance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.rejoin.attendance.SessionImportService;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload of a session register export, as the weekly import page does it: the file lands in a temporary file
 * (a whole year is tens of MB), the import streams it on its own thread while the page polls for progress,
 * and it is imported whole or not at all.
 */
@Route(value = "attendance/sessions", layout = MainLayout.class)
@PageTitle("Import registers | Rejoin")
@Menu(order = 12.5, title = "Import registers", icon = "vaadin:table")
@RolesAllowed({"ATTENDANCE_CHAMPION", "LEADER"})
public class SessionImportView extends VerticalLayout {

    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    static final String NOTHING_IMPORTED = "Nothing was imported: fix these lines and upload the file again";
    private static final Logger log = LoggerFactory.getLogger(SessionImportView.class);

    private final transient SessionImportService imports;
    private final UserAccount user;
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final H2 errorHeading = new H2(NOTHING_IMPORTED);
    final Grid<LineError> errors = new Grid<>(LineError.class, false);
    /** Where imports run; tests replace it to run them on their own thread. */
    transient Executor background = task -> Thread.ofPlatform().name("register-import").daemon().start(task);

    public SessionImportView(SessionImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.user = currentUser.require(); // a background thread has no security context: capture the user now
        upload = new Upload(new TemporaryFileUploadHandler((metadata, file) -> startImport(metadata.fileName(), file)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("This file is larger than 200 MB: split it into several files, for example one per term")
                .setIncorrectFileType("This is not a CSV file: save the export from your MIS as .csv")
                .setTooManyFiles("Upload one file at a time")));
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        upload.addFailedListener(e -> showProblem("The upload of " + e.getFileName() + " failed: please try again"));

        progress.setVisible(false);
        progress.setWidth("32rem");
        status.getElement().setAttribute("role", "status");
        errorHeading.setVisible(false);
        errors.addColumn(LineError::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(LineError::message).setHeader("What is wrong").setFlexGrow(1);
        errors.setAriaLabel("Lines that could not be imported");
        errors.setVisible(false);
        add(new H1("Import registers"), help(), upload, progress, status, errorHeading, errors);
    }

    /** Imports the uploaded file on the background executor, then deletes it. */
    void startImport(String fileName, File file) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            delete(file);
            showProblem("This is not a CSV file: save the export from your MIS as .csv");
            return;
        }
        UI ui = UI.getCurrent();
        clearResult();
        upload.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.setText("Reading " + fileName + "…");
        ui.setPollInterval(500);
        background.execute(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                ImportResult result = imports.importRegister(user, in, file.length(), fileName,
                        (phase, done, total) -> update(ui, () -> showProgress(phase, done, total)));
                update(ui, () -> finish(ui, () -> showResult(result)));
            } catch (IOException | RuntimeException e) {
                log.error("Register import of {} failed", fileName, e);
                update(ui, () -> finish(ui, () -> showProblem("The import failed unexpectedly and nothing was "
                        + "imported. Please try again; if it happens again, tell your administrator.")));
            } finally {
                delete(file);
            }
        });
    }

    private void showProgress(Phase phase, long done, long total) {
        progress.setIndeterminate(total == 0);
        progress.setValue(total == 0 ? 0 : Math.min(1.0, (double) done / total));
        status.setText(switch (phase) {
            case READING -> "Reading and checking every line: %d%% of the file".formatted(total == 0 ? 0 : done * 100 / total);
            case CHECKING -> "Looking for sessions given twice among %,d sessions".formatted(total);
            case SAVING -> "Saving %,d sessions and recounting the weeks".formatted(total);
        });
    }

    private void showResult(ImportResult result) {
        if (result.succeeded()) {
            status.setText("Imported %,d sessions for %,d pupils, weeks from %s to %s".formatted(result.rowsImported(),
                    result.pupilsAffected(), UkDates.format(result.firstWeek()), UkDates.format(result.lastWeek())));
        } else {
            int unlisted = result.errorCount() - result.errors().size();
            status.setText(result.errorCount() + (result.errorCount() == 1 ? " line has" : " lines have")
                    + " a problem" + (unlisted > 0 ? "; the first " + result.errors().size() + " are listed" : ""));
            errorHeading.setVisible(true);
            errors.setItems(result.errors());
            errors.setVisible(true);
        }
    }

    private void showProblem(String message) {
        clearResult();
        status.setText(message);
    }

    private void clearResult() {
        errorHeading.setVisible(false);
        errors.setItems(List.of());
        errors.setVisible(false);
    }

    private void finish(UI ui, Runnable show) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        show.run();
    }

    private static void update(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the user left the page; the import still finishes
        }
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file, e);
        }
    }

    private static Div help() {
        var text = new Paragraph("Upload your MIS's export of the attendance register, in the 2024 codes: either one "
                + "row per session (UPN, Date, Session AM or PM, Mark, and optionally Minutes late and Comment) or a "
                + "week grid (UPN, Week starting, and ten marks Mon AM to Fri PM). A file without UPNs may name pupils by "
                + "their MIS ID (Adno, Admission No, Student ID) instead. Column names from SIMS, Arbor and "
                + "Bromcom are recognised. Every line is checked against your pupils and your school calendar; a file "
                + "is imported whole or not at all, and importing a date range again replaces those sessions only. "
                + "Past imports are listed on Import attendance.");
        return new Div(text, example("sessions-sims-example.csv", "SIMS-style example (one row per session)"),
                new Paragraph(), example("sessions-bromcom-example.csv", "Bromcom-style example (one row per session)"),
                new Paragraph(), example("sessions-arbor-example.csv", "Arbor-style example (week grid)"));
    }

    private static Anchor example(String file, String text) {
        var anchor = new Anchor("examples/" + file, text);
        anchor.getElement().setAttribute("download", file);
        return anchor;
    }
}
