package org.rejoin.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.detect.zip.StreamingDetectContext;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;

/**
 * Tika's zip container detection for Office Open XML (Word, Excel, PowerPoint): what a zip really holds, read
 * from its {@code [Content_Types].xml} (the OPC standard), and whether it carries a VBA project (macros), which
 * makes it the macro-enabled type whatever its name. Registered through META-INF/services, so Tika's
 * DefaultZipContainerDetector asks it next to its own (OpenDocument and others); Tika's own OOXML detector
 * needs Apache POI, which Rejoin does not otherwise use.
 */
public class OfficeOpenXmlDetector implements ZipContainerDetector {

    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType PPTX = MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation");
    static final MediaType DOCM = MediaType.application("vnd.ms-word.document.macroenabled.12");
    static final MediaType XLSM = MediaType.application("vnd.ms-excel.sheet.macroenabled.12");
    static final MediaType PPTM = MediaType.application("vnd.ms-powerpoint.presentation.macroenabled.12");
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int MAX_CONTENT_TYPES = 1 << 20;

    /** What the streaming pass has seen so far. */
    static final class Seen {
        String contentTypes;
        boolean vbaProject;
    }

    @Override
    public MediaType detect(ZipFile zip, TikaInputStream stream) throws IOException {
        ZipArchiveEntry types = zip.getEntry(CONTENT_TYPES);
        if (types == null) {
            return null;
        }
        boolean vba = false;
        for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
            vba |= isVbaProject(entries.nextElement().getName());
        }
        try (InputStream in = zip.getInputStream(types)) {
            return typeOf(read(in), vba);
        }
    }

    @Override
    public MediaType streamingDetectUpdate(ZipArchiveEntry entry, InputStream in, StreamingDetectContext context)
            throws IOException {
        Seen seen = context.get(Seen.class);
        if (seen == null) {
            seen = new Seen();
            context.set(Seen.class, seen);
        }
        if (CONTENT_TYPES.equals(entry.getName())) {
            seen.contentTypes = read(in);
        }
        seen.vbaProject |= isVbaProject(entry.getName());
        return null; // the whole zip is read before deciding: a VBA project may come after the content types
    }

    @Override
    public MediaType streamingDetectFinal(StreamingDetectContext context) {
        Seen seen = context.get(Seen.class);
        return seen == null || seen.contentTypes == null ? null : typeOf(seen.contentTypes, seen.vbaProject);
    }

    static MediaType typeOf(String contentTypes, boolean vbaProject) {
        String types = contentTypes.toLowerCase(Locale.ROOT);
        boolean macros = vbaProject || types.contains("macroenabled") || types.contains("vbaproject");
        if (types.contains("wordprocessingml.document.main+xml") || types.contains("ms-word.document.macroenabled")) {
            return macros ? DOCM : DOCX;
        }
        if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("ms-excel.sheet.macroenabled")) {
            return macros ? XLSM : XLSX;
        }
        if (types.contains("presentationml.presentation.main+xml")
                || types.contains("ms-powerpoint.presentation.macroenabled")) {
            return macros ? PPTM : PPTX;
        }
        return null;
    }

    private static boolean isVbaProject(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
    }
}
