package org.rejoin.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.rejoin.base.csv.ImportProgress;
import org.rejoin.base.csv.LineProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload every import page shares: one CSV file, imported on its own thread while the page polls for its
 * progress (the app shell has no server push), then either a summary or every bad line by number. The same
 * shape as the attendance import page, for the roster, contacts, staff and calendar files.
 */
public class CsvUpload extends VerticalLayout {

    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final String NOTHING_IMPORTED = "Nothing was imported: fix these lines and upload the file again";
    private static final Logger log = LoggerFactory.getLogger(CsvUpload.class);

    /** The import itself, run off the request thread; it must not need the security context. */
    @FunctionalInterface
    public interface Job {
        Outcome run(String fileName, byte[] data, ImportProgress.Listener progress);
    }

    /** What to tell the person: a summary, and the bad lines (at most those listed) of all {@code errorCount}. */
    public record Outcome(String summary, List<LineProblem> errors, int errorCount) {
        public static Outcome done(String summary) {
            return new Outcome(summary, List.of(), 0);
        }
    }

    private final transient Job job;
    private final transient Consumer<Outcome> afterwards;
    private final List<String> extensions;
    public final Upload upload;
    public final ProgressBar progress = new ProgressBar();
    public final Paragraph status = new Paragraph();
    public final H3 errorHeading = new H3(NOTHING_IMPORTED);
    public final Grid<LineProblem> errors = new Grid<>(LineProblem.class, false);
    /** Where imports run; tests replace it to run them on their own thread. */
    public transient Executor background = task -> Thread.ofPlatform().name("csv-import").daemon().start(task);

    /** {@code extension} is the file ending accepted, or several separated by commas (".csv,.ics"). */
    public CsvUpload(String extension, Job job, Consumer<Outcome> afterwards) {
        this.job = job;
        this.afterwards = afterwards;
        this.extensions = List.of(extension.split(","));
        setPadding(false);
        upload = new Upload(new InMemoryUploadHandler((file, bytes) -> startImport(file.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return MAX_FILE_BYTES;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(extensions.toArray(String[]::new));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("This file is larger than 20 MB: split it into several files")
                .setIncorrectFileType(wrongType())
                .setTooManyFiles("Upload one file at a time")));
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        upload.addFailedListener(e -> showProblem("The upload of " + e.getFileName() + " failed: please try again"));
        progress.setVisible(false);
        progress.setWidth("32rem");
        status.getElement().setAttribute("role", "status");
        errorHeading.setVisible(false);
        errors.addColumn(LineProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(LineProblem::message).setHeader("What is wrong").setFlexGrow(1);
        errors.setAriaLabel("Lines that could not be imported");
        errors.setVisible(false);
        add(upload, progress, status, errorHeading, errors);
    }

    private String wrongType() {
        String names = String.join(" or ", extensions);
        return "This is not a " + names + " file: save the export from your MIS or spreadsheet as " + names;
    }

    /** Checks the uploaded file and imports it on the background executor. */
    public void startImport(String fileName, byte[] data) {
        if (data.length > MAX_FILE_BYTES) {
            showProblem("This file is larger than 20 MB: split it into several files");
            return;
        }
        if (fileName == null || extensions.stream().noneMatch(fileName.toLowerCase(Locale.ROOT)::endsWith)) {
            showProblem(wrongType());
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
                Outcome outcome = job.run(fileName, data, (phase, done, total) -> update(ui, () -> {
                    progress.setIndeterminate(total == 0);
                    progress.setValue(total == 0 ? 0 : Math.min(1.0, (double) done / total));
                    status.setText("%s: %,d of %,d".formatted(phase, done, total));
                }));
                update(ui, () -> finish(ui, () -> show(outcome)));
            } catch (RuntimeException e) {
                log.error("Import of {} failed", fileName, e);
                update(ui, () -> finish(ui, () -> showProblem(e instanceof IllegalArgumentException
                        ? e.getMessage() + ". Nothing was imported."
                        : "The import failed unexpectedly and nothing was imported. Please try again; if it "
                        + "happens again, tell your administrator.")));
            }
        });
    }

    private void show(Outcome outcome) {
        if (outcome.errorCount() == 0) {
            status.setText(outcome.summary());
        } else {
            int unlisted = outcome.errorCount() - outcome.errors().size();
            status.setText(outcome.errorCount() + (outcome.errorCount() == 1 ? " line has" : " lines have")
                    + " a problem" + (unlisted > 0 ? "; the first " + outcome.errors().size() + " are listed" : ""));
            errorHeading.setVisible(true);
            errors.setItems(outcome.errors());
            errors.setVisible(true);
        }
        afterwards.accept(outcome);
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

    /** The person may have left the page; the import still finishes, there is just nobody to tell. */
    private static void update(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // nothing to show
        }
    }
}
