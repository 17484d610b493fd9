package org.rejoin.pupil.internal;

import java.util.List;
import org.rejoin.base.csv.CsvColumn;

/** The columns of a contacts file, with the names MIS contact reports commonly give them. */
enum ContactColumn implements CsvColumn {
    UPN("UPN", true, "upn", "pupilupn", "studentupn", "uniquepupilnumber"),
    NAME("Contact name", true, "contactname", "name", "fullname", "contact", "contactfullname"),
    RELATIONSHIP("Relationship", true, "relationship", "relation", "relationshiptopupil", "relationshiptostudent"),
    PARENTAL_RESPONSIBILITY("Parental responsibility", false, "parentalresponsibility", "pr", "hasparentalresponsibility"),
    PRIORITY("Priority", false, "priority", "contactpriority", "order", "contactorder"),
    EMAIL("Email", false, "email", "emailaddress", "contactemail"),
    PHONE("Phone", false, "phone", "telephone", "mobile", "mobilephone", "phonenumber", "telephonenumber"),
    ADDRESS("Address", false, "address", "homeaddress", "fulladdress"),
    NO_CONTACT("No contact", false, "nocontact", "donotcontact", "contactnotallowed", "courtorder");

    static final String EXPECTED = "UPN, Contact name, Relationship (and optionally Parental responsibility, "
            + "Priority, Email, Phone, Address, No contact)";

    private final String title;
    private final boolean required;
    private final List<String> names;

    ContactColumn(String title, boolean required, String... names) {
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
