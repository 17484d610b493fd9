package org.rejoin.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads recognised by their bytes with Tika's container detection: macros and mismatched names refused. */
class DocumentTypesTests {

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private final DocumentTypes types = new DocumentTypes();

    @Test
    void aWordDocumentAndASpreadsheetAreRecognisedByWhatTheirZipHolds() throws IOException {
        assertThat(types.check(ooxml("word/document.xml", DOCX_MAIN, false), "plan.docx").mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(types.check(ooxml("xl/workbook.xml", XLSX_MAIN, false), "marks.xlsx").mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(types.check(ooxml("word/document.xml", DOCX_MAIN, false), "no ending").mediaType())
                .as("a name without an ending takes the type of the bytes")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anOfficeFileWithMacrosIsRefusedWhateverItsName() throws IOException {
        assertThat(types.check(ooxml("word/document.xml", DOCM_MAIN, true), "letter.docm").refusal())
                .isEqualTo("letter.docm contains macros (programs that run when it is opened), so it cannot be "
                        + "attached: save it without macros (.docx, .xlsx) or as a PDF");
        assertThat(types.check(ooxml("word/document.xml", DOCM_MAIN, true), "letter.docx").refusal())
                .startsWith("letter.docx contains macros");
        assertThat(types.check(ooxml("xl/workbook.xml", XLSX_MAIN, true), "marks.xlsx").refusal())
                .as("a VBA project inside an ordinary-looking workbook").startsWith("marks.xlsx contains macros");
        assertThat(types.check(oldOffice(true), "minutes.doc").refusal()).startsWith("minutes.doc contains macros");
    }

    @Test
    void anOldWordFileWithoutMacrosIsAcceptedButAnOldFileOfAnotherKindIsNot() {
        assertThat(types.check(oldOffice(false), "minutes.doc").mediaType()).isEqualTo("application/msword");
        assertThat(types.check(oldOffice(false), "slides.ppt").refusal())
                .isEqualTo("slides.ppt is an old-style Office file whose contents cannot be checked: save it as "
                        + ".docx, .xlsx or .pptx, or as a PDF");
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefused() throws IOException {
        assertThat(types.check(ooxml("word/document.xml", DOCX_MAIN, false), "scan.pdf").refusal())
                .isEqualTo("scan.pdf is really a Word document, not what its name says: give it the right ending, "
                        + "or save it again");
        assertThat(types.check(zip(Map.of("notes.txt", "hello")), "plan.docx").refusal())
                .isEqualTo("plan.docx is not a PDF, image or office document, so it cannot be attached");
        assertThat(types.check("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII), "letter.pdf").mediaType())
                .isEqualTo("application/pdf");
    }

    private static byte[] ooxml(String mainPart, String mainType, boolean vbaProject) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>");
        entries.put(mainPart, "<document/>");
        if (vbaProject) {
            entries.put(mainPart.substring(0, mainPart.indexOf('/') + 1) + "vbaProject.bin", "VBA");
        }
        return zip(entries);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An OLE2 compound file's header, and optionally its VBA project's directory name. */
    private static byte[] oldOffice(boolean macros) {
        byte[] file = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, file, 0, magic.length);
        if (macros) {
            byte[] name = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, file, 2048, name.length);
        }
        return file;
    }
}
