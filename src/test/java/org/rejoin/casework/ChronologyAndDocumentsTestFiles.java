package org.rejoin.casework;

import java.nio.charset.StandardCharsets;

/** Small files the document tests upload. */
public final class ChronologyAndDocumentsTestFiles {

    /** The smallest PDF Tika recognises as one. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private ChronologyAndDocumentsTestFiles() {
    }
}
