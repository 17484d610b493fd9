package org.rejoin.pupil.ui;

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
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload of a weekly attendance CSV. The import runs on its own thread while the page polls for
 * its progress (the app shell has no server push); the file is imported whole or not at all.
 */
@Route(value = "attendance/import", layout = MainLayout.class)
@PageTitle("Import attendance | Rejoin")
@Menu(order = 12, title = "Import attendance", icon = "vaadin:upload")
@RolesAllowed({"ATTENDANCE_CHAMPION", "LEADER"})
public class AttendanceImportView extends VerticalLayout {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final String NOTHING_IMPORTED = "Nothing was imported: fix these lines and upload the file again";
    private static final Logger log = LoggerFactory.getLogger(AttendanceImportView.class);

    private final transient AttendanceImportService imports;
    private final UserAccount user;
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final H2 errorHeading = new H2(NOTHING_IMPORTED);
    final Grid<LineError> errors = new Grid<>(LineError.class, false);
    final RecentImports recent;
    /** Where imports run; tests replace it to run them on their own thread. */
    transient Executor background = task -> Thread.ofPlatform().name("attendance-import").daemon().start(task);

    public AttendanceImportView(AttendanceImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.user = currentUser.require(); // a background thread has no security context: capture the user now
        this.recent = new RecentImports(imports, user);
        upload = new Upload(new InMemoryUploadHandler((file, bytes) -> startImport(file.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return MAX_FILE_BYTES;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("This file is larger than 20 MB: split it into several files, for example one per term")
                .setIncorrectFileType("This is not a CSV file: save the export from your MIS or spreadsheet as .csv")
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

        add(new H1("Import attendance"), help(), upload, progress, status, errorHeading, errors, recent);
    }

    /** Checks the uploaded file and imports it on the background executor. */
    void startImport(String fileName, byte[] data) {
        if (data.length > MAX_FILE_BYTES) {
            showProblem("This file is larger than 20 MB: split it into several files, for example one per term");
            return;
        }
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            showProblem("This is not a CSV file: save the export from your MIS or spreadsheet as .csv");
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
            try {
                ImportResult result = imports.importCsv(user, new ByteArrayInputStream(data), fileName,
                        (phase, done, total) -> update(ui, () -> showProgress(phase, done, total)));
                update(ui, () -> finish(ui, () -> showResult(result)));
            } catch (RuntimeException e) {
                log.error("Attendance import of {} failed", fileName, e);
                update(ui, () -> finish(ui, () -> showProblem("The import failed unexpectedly and nothing was "
                        + "imported. Please try again; if it happens again, tell your administrator.")));
            }
        });
    }

    private void showProgress(Phase phase, long done, long total) {
        progress.setIndeterminate(total == 0);
        progress.setValue(total == 0 ? 0 : Math.min(1.0, (double) done / total));
        String what = switch (phase) {
            case READING -> "Reading the file: %,d of %,d rows";
            case CHECKING -> "Checking the pupils: %,d of %,d UPNs";
            case SAVING -> "Saving: %,d of %,d rows";
        };
        status.setText(what.formatted(done, total));
    }

    private void showResult(ImportResult result) {
        if (result.succeeded()) {
            status.setText("Imported %,d rows for %,d pupils, weeks from %s to %s".formatted(result.rowsImported(),
                    result.pupilsAffected(), UkDates.format(result.firstWeek()), UkDates.format(result.lastWeek())));
        } else {
            int unlisted = result.errorCount() - result.errors().size();
            status.setText(result.errorCount() + (result.errorCount() == 1 ? " line has" : " lines have")
                    + " a problem" + (unlisted > 0 ? "; the first " + result.errors().size() + " are listed" : ""));
            errorHeading.setVisible(true);
            errors.setItems(result.errors());
            errors.setVisible(true);
        }
        recent.refresh();
    }

    private void showProblem(String message) {
        clearResult();
        status.setText(message);
        errorHeading.setVisible(false);
    }

    private void clearResult() {
        errorHeading.setVisible(false);
        errors.setItems(java.util.List.of());
        errors.setVisible(false);
    }

    private void finish(UI ui, Runnable show) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        show.run();
    }

    /** The user may have left the page; the import still finishes, there is just nobody to tell. */
    private static void update(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // nothing to show
        }
    }

    private static Div help() {
        var columns = new Paragraph("Upload a CSV export of weekly attendance from your MIS. The first row names the "
                + "columns: UPN, Week starting (a Monday, as 2025-09-08 or 08/09/2025), Sessions possible, Present, "
                + "Authorised absence, Unauthorised absence, Late, and optionally Session marks (ten marks, Monday "
                + "morning to Friday afternoon, each / L A U or -). Present + authorised + unauthorised must equal "
                + "sessions possible, and late sessions count as present. A file is imported whole or not at all; "
                + "importing a week again replaces it.");
        var example = new Anchor("examples/attendance-example.csv", "Download an example file");
        example.getElement().setAttribute("download", "attendance-example.csv");
        return new Div(columns, example);
    }
}
