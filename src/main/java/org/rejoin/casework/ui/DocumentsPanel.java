package org.rejoin.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDocument;
import org.rejoin.casework.CaseDocuments;
import org.rejoin.casework.DocumentRejectedException;
import org.rejoin.security.UserAccount;

/** Documents of the case: attach (type and size checked on the server too) and download (audited). */
class DocumentsPanel extends Div {

    final Grid<CaseDocument> grid = new Grid<>(CaseDocument.class, false);
    final TextField description = new TextField("What is it? (optional)");
    final Upload upload;
    final Paragraph problem = new Paragraph();
    private final transient CaseDocuments documents;
    private final transient UserAccount user;
    private final UUID caseId;
    private final transient Runnable onAttached;

    DocumentsPanel(CaseDocuments documents, UserAccount user, UUID caseId, Runnable onAttached) {
        this.documents = documents;
        this.user = user;
        this.caseId = caseId;
        this.onAttached = onAttached;
        addClassName("case-documents");
        // the handler's callback runs with the session locked, like a click listener
        upload = new Upload(new InMemoryUploadHandler((file, bytes) -> attach(file.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return CaseDocuments.MAX_BYTES;
            }
        });
        upload.setMaxFileSize((int) CaseDocuments.MAX_BYTES);
        upload.setAcceptedFileTypes(CaseDocuments.ACCEPTED_SUFFIXES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("This file is larger than 10 MB")
                .setIncorrectFileType("Attach a PDF, an image or an office document")
                .setTooManyFiles("Attach one file at a time")));
        upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
        description.setMaxLength(500);
        description.setWidth("32rem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");

        grid.addComponentColumn(this::downloadLink).setHeader("Document").setAutoWidth(true);
        grid.addColumn(CaseDocument::kindName).setHeader("Type");
        grid.addColumn(d -> size(d.sizeBytes())).setHeader("Size");
        grid.addColumn(d -> d.description() == null ? "" : d.description()).setHeader("About");
        grid.addColumn(CaseDocument::uploadedByName).setHeader("Added by");
        grid.addColumn(d -> UkDates.format(d.uploadedAt().atZone(UkDates.ZONE).toLocalDate())).setHeader("Added");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Documents");
        grid.setEmptyStateText("No documents yet.");
        add(new H2("Documents"), new Paragraph("PDFs, images and office documents up to 10 MB. Every download is "
                + "recorded."), description, upload, problem, grid);
        refresh();
    }

    void attach(String fileName, byte[] bytes) {
        try {
            documents.attach(user, caseId, fileName, bytes, description.getValue());
            problem.setText("");
            description.clear();
            refresh();
            onAttached.run();
        } catch (DocumentRejectedException e) {
            problem.setText(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(documents.documents(user, caseId)); // at most 200 a case, newest first
    }

    private Anchor downloadLink(CaseDocument document) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> documents.download(user, caseId, document.id())
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName(),
                        document.mediaType(), bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))), document.fileName());
        link.setDownload(true);
        return link;
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(UkDates.LOCALE, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
