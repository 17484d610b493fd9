package org.rejoin.pupil.internal;

import java.util.List;
import org.rejoin.base.csv.CsvColumn;

/**
 * The columns of a roster file, with the names SIMS, Arbor and Bromcom student-list reports commonly give
 * them (docs/operating/putting-a-school-on-rejoin.md lists them), matched loosely as every import's are.
 */
enum RosterColumn implements CsvColumn {
    UPN("UPN", true, "upn", "pupilupn", "uniquepupilnumber", "studentupn"),
    LEGAL_FIRST_NAME("Legal forename", true, "legalforename", "legalforenames", "legalfirstname", "forename",
            "forenames", "firstname", "givenname"),
    PREFERRED_FIRST_NAME("Preferred forename", false, "preferredforename", "preferredfirstname", "preferredname",
            "knownas", "chosenforename"),
    SURNAME("Surname", true, "surname", "legalsurname", "lastname", "legallastname", "familyname"),
    DATE_OF_BIRTH("Date of birth", true, "dateofbirth", "dob", "birthdate"),
    YEAR_GROUP("Year group", true, "yeargroup", "year", "ncyear", "nationalcurriculumyear", "curriculumyear"),
    REGISTRATION_GROUP("Registration group", false, "registrationgroup", "reggroup", "regroup", "registrationform",
            "tutorgroup", "form", "formgroup", "tutor"),
    ADMISSION_DATE("Admission date", false, "admissiondate", "dateofadmission", "admitted", "entrydate",
            "enrolmentdate", "startdate"),
    LEAVING_DATE("Leaving date", false, "leavingdate", "dateofleaving", "leavedate", "enddate", "leftdate"),
    SEN_STATUS("SEN status", false, "senstatus", "sen", "senprovision", "sencode"),
    FREE_SCHOOL_MEALS("FSM", false, "fsm", "freeschoolmeals", "fsmeligible", "fsmeligibility", "eligibleforfsm",
            "eligibleforfreeschoolmeals", "freeschoolmealseligibility"),
    EAL("EAL", false, "eal", "englishasanadditionallanguage", "englishadditionallanguage", "ealstatus"),
    /** The pupil's number in the MIS, for register exports that carry it instead of the UPN. */
    MIS_ID("MIS ID", false, "misid", "mis", "admissionno", "admissionnumber", "adno", "pupilid", "personid",
            "studentid", "misnumber");

    static final String EXPECTED = "UPN, Legal forename, Surname, Date of birth, Year group (and optionally "
            + "Preferred forename, Registration group, Admission date, Leaving date, SEN status, FSM, EAL, MIS ID)";

    private final String title;
    private final boolean required;
    private final List<String> names;

    RosterColumn(String title, boolean required, String... names) {
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
