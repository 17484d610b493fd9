package org.rejoin.licences;

import java.util.List;
import java.util.Locale;

/**
 * Which licences count as open source for what Rejoin ships. A component passes when one of its licences
 * is a known open-source one and none is the vendor's own (dual licences such as "Apache-2.0 or LGPL" pass).
 */
final class Licences {

    /** SPDX ids (and the names POMs use for them) of open-source licences: OSI-approved or FSF-free. */
    private static final List<String> OPEN_SOURCE = List.of("apache-2.0", "apache license", "mit", "bsd-2-clause",
            "bsd-3-clause", "bsd-4-clause", "0bsd", "epl-1.0", "epl-2.0", "eclipse public license", "lgpl",
            "gnu lesser general public license", "mpl-1.1", "mpl-2.0", "mozilla public license", "cddl",
            "gpl-2.0-with-classpath-exception", "gnu general public license", "cc0-1.0", "wtfpl", "edl-1.0",
            "upl-1.0", "isc", "bouncy castle", "public domain", "unicode");
    /** The vendors' own terms: source-available, not open source; production use needs the vendor's licence. */
    private static final List<String> NOT_OPEN_SOURCE = List.of("camunda license", "zeebe community license",
            "elastic license", "server side public license", "business source", "commercial", "proprietary", "cval");

    private Licences() {
    }

    static boolean openSource(List<String> licences) {
        return licences.stream().noneMatch(Licences::vendorOwn) && licences.stream().anyMatch(Licences::known);
    }

    static boolean vendorOwn(String licence) {
        String text = licence.toLowerCase(Locale.ROOT);
        return NOT_OPEN_SOURCE.stream().anyMatch(text::contains);
    }

    private static boolean known(String licence) {
        String text = licence.toLowerCase(Locale.ROOT).replace("spdx-license-identifier:", "").strip();
        return OPEN_SOURCE.stream().anyMatch(text::startsWith);
    }

    /** A short form for the list: SPDX ids as they are, the long names POMs use made shorter. */
    static String shortName(String licence) {
        String text = licence.replace("SPDX-License-Identifier:", "").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gnu lesser general public license (lgpl), version 2.1")) {
            return "LGPL-2.1";
        }
        if (lower.startsWith("gnu lesser general public license version 3")) {
            return "LGPL-3.0";
        }
        if (lower.equals("gnu lesser general public license")) {
            return "LGPL";
        }
        if (lower.startsWith("gnu general public license, version 2")) {
            return "GPL-2.0";
        }
        if (lower.startsWith("mozilla public license version 2.0")) {
            return "MPL-2.0";
        }
        return text;
    }
}
