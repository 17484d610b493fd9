package org.rejoin.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * Which uploads a case accepts: PDFs, images and office documents, recognised by Apache Tika from the file's
 * bytes with its container detection (what a zip really holds: a Word document, an OpenDocument text; see
 * {@link OfficeOpenXmlDetector}). Refused: anything else; a file whose bytes are not what its name says
 * ("report.pdf" that is really a Word document or a program); an office file carrying macros (programs that
 * run when it is opened); and old-style PowerPoint files, whose macros cannot be seen without opening them.
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
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint presentation"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/rtf", "Rich text document"));

    /** Old binary Office files (OLE2): Tika core names only the container; the name says which program. */
    private static final String OLE2 = "application/x-tika-msoffice";
    private static final Set<String> OLE2_TYPES = Set.of("application/msword", "application/vnd.ms-excel");
    /** The name of the VBA project stream in an old Word or Excel file, as its directory stores it (UTF-16LE). */
    private static final byte[] VBA_PROJECT = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);

    /** File name suffixes offered by the upload button (the real check is {@link #check}). */
    public static final String[] SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".heic", ".doc", ".docx", ".xls",
            ".xlsx", ".pptx", ".odt", ".ods", ".rtf"};

    private final Tika tika = new Tika();

    /** The accepted media type of these bytes, or the reason, in the user's words, why the file is refused. */
    public record Verdict(String mediaType, String refusal) {
    }

    public Verdict check(byte[] content, String fileName) {
        String byContent = byContent(content);
        String byName = tika.detect(fileName);
        if (byContent.contains("macroenabled") || (OLE2.equals(byContent) && contains(content, VBA_PROJECT))) {
            return refused(fileName + " contains macros (programs that run when it is opened), so it cannot be "
                    + "attached: save it without macros (.docx, .xlsx) or as a PDF");
        }
        if (OLE2.equals(byContent)) {
            return OLE2_TYPES.contains(byName) ? new Verdict(byName, null) : refused(fileName + " is an old-style "
                    + "Office file whose contents cannot be checked: save it as .docx, .xlsx or .pptx, or as a PDF");
        }
        if (!ACCEPTED.containsKey(byContent)) {
            return refused(fileName + " is not a PDF, image or office document, so it cannot be attached");
        }
        if (!byName.equals(byContent) && !"application/octet-stream".equals(byName)) {
            return refused(fileName + " is really a " + describe(byContent) + ", not what its name says: give it "
                    + "the right ending, or save it again");
        }
        return new Verdict(byContent, null);
    }

    /** The accepted media type of these bytes, or empty if the file is not one a case accepts. */
    public Optional<String> detect(byte[] content, String fileName) {
        return Optional.ofNullable(check(content, fileName).mediaType());
    }

    public static String describe(String mediaType) {
        return ACCEPTED.getOrDefault(mediaType, mediaType);
    }

    /** The type by the bytes alone, a zip by what it contains (Tika's container detection). */
    private String byContent(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Verdict refused(String why) {
        return new Verdict(null, why);
    }

    private static boolean contains(byte[] content, byte[] pattern) {
        outer:
        for (int i = 0; i <= content.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
