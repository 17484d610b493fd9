package org.rejoin.security.internal;

import java.util.List;
import org.rejoin.base.csv.CsvColumn;

/** The columns of a staff file, matched loosely as every import's are. */
enum StaffColumn implements CsvColumn {
    EMAIL("Email", true, "email", "emailaddress", "workemail", "schoolemail", "username"),
    NAME("Name", true, "name", "fullname", "displayname", "staffname"),
    JOB_TITLE("Job title", false, "jobtitle", "title", "position", "post"),
    ROLE("Role", true, "role", "rejoinrole", "accessrole"),
    SAFEGUARDING_LEAD("Safeguarding lead", false, "safeguardinglead", "dsl", "designatedsafeguardinglead");

    static final String EXPECTED = "Email, Name, Role (and optionally Job title, Safeguarding lead)";

    private final String title;
    private final boolean required;
    private final List<String> names;

    StaffColumn(String title, boolean required, String... names) {
        this.title = title;
        this.required = required;
        this.names = List.of(names);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> names() {
        return names;
    }
}
