package org.rejoin.casework.internal;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Which uploads a case accepts: PDFs, images and office documents, recognised by Apache Tika from the
 * file's bytes (the name only refines a type the bytes allow, so "report.pdf" that is really a program
 * is refused).
 */
@Component
public class DocumentTypes {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted media types, with the words a user understands. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/heic", "HEIC photo"),
            Map.entry("application/msword", "Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/vnd.ms-excel", "Excel spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint presentation"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/rtf", "Rich text document"));

    /** File name suffixes offered by the upload button (the real check is {@link #detect}). */
    public static final String[] SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".heic", ".doc", ".docx", ".xls",
            ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf"};

    private final Tika tika = new Tika();

    /** The accepted media type of these bytes, or empty if the file is not one a case accepts. */
    public Optional<String> detect(byte[] content, String fileName) {
        String type = tika.detect(content, fileName);
        return ACCEPTED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    public static String describe(String mediaType) {
        return ACCEPTED.getOrDefault(mediaType, mediaType);
    }
}
