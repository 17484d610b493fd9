package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** Parents and carers: imported from the MIS contacts export, edited by hand, read by the school's staff. */
@org.rejoin.RejoinTest
class ContactServiceTests {

    @Autowired
    ContactService contacts;
    @Autowired
    PupilService pupils;
    @Autowired
    TestData data;
    @Autowired
    AuditTrail audit;

    SchoolInfo school;
    UserAccount schoolAdmin;
    String upn;
    UUID pupil;

    @BeforeEach
    void aPupil() {
        school = data.school();
        schoolAdmin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        upn = TestData.randomUpn();
        pupil = pupils.register(new NewPupil(school.id(), upn, "Amelia", "Ahmed", LocalDate.of(2012, 3, 14), 9,
                SenStatus.NONE, null));
    }

    @Test
    void contactsFileIsImportedAndAReimportReplacesThatPupilsContacts() {
        ContactImportResult first = importFile("""
                UPN,Contact Name,Relationship,Parental Responsibility,Priority,Email,Telephone,Address,Do Not Contact
                %s,Farah Ahmed,Mother,yes,1,Farah.Ahmed@Example.com,07700 900101,"12 Elm Road, Oakfield",no
                %s,Imran Ahmed,Father,Y,2,,07700 900102,,yes
                """.formatted(upn, upn));

        assertThat(first.succeeded()).as("%s", first.errors()).isTrue();
        assertThat(first.contacts()).isEqualTo(2);
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, null);
        assertThat(contacts.contacts(champion, pupil)).extracting(PupilContact::name)
                .containsExactly("Farah Ahmed", "Imran Ahmed");
        assertThat(contacts.contacts(champion, pupil).getFirst().email()).isEqualTo("farah.ahmed@example.com");
        assertThat(contacts.contacts(champion, pupil).get(1).noContact()).isTrue();

        importFile("""
                upn,name,relationship,priority
                %s,Farah Ahmed,Mother,1
                """.formatted(upn));
        assertThat(contacts.contacts(champion, pupil)).extracting(PupilContact::name).containsExactly("Farah Ahmed");
    }

    @Test
    void aParentNamedAgainInALaterFileKeepsTheirIdSoWhatIsRecordedAboutThemStaysTheirs() {
        importFile("""
                UPN,Contact Name,Relationship,Parental Responsibility,Priority
                %s,Farah Ahmed,Mother,yes,1
                %s,Imran Ahmed,Father,yes,2
                """.formatted(upn, upn));
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, null);
        UUID farah = contacts.contacts(champion, pupil).getFirst().id();
        UUID imran = contacts.contacts(champion, pupil).get(1).id();

        importFile("""
                UPN,Contact Name,Relationship,Parental Responsibility,Priority,Telephone
                %s,Imran  AHMED,Father,yes,1,07700 900102
                %s,Farah Ahmed-Khan,Mother,yes,2,07700 900101
                """.formatted(upn, upn));

        var after = contacts.contacts(champion, pupil);
        assertThat(after).extracting(PupilContact::relationship).containsExactly("Father", "Mother");
        assertThat(after.getFirst().id()).as("the same father, his name spaced and cased differently").isEqualTo(imran);
        assertThat(after.get(1).id()).as("a different name is a different contact").isNotIn(farah, imran);
    }

    @Test
    void everyBadLineIsListedAndNothingIsImported() {
        ContactImportResult result = importFile("""
                UPN,Contact name,Relationship,Email,Priority
                %s,Farah Ahmed,Mother,not-an-email,1
                %s,No Relationship,,,1
                %s,Stranger,Aunt,,1
                %s,Farah Ahmed,Mother,,high
                """.formatted(upn, upn, TestData.randomUpn(), upn));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(e -> e.line()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(result.errors().get(2).message()).contains("No pupil with UPN");
        assertThat(result.errors().get(3).message()).contains("Priority 'high'");
        assertThat(contacts.contactsForAdmin(schoolAdmin, school.id(), pupil)).isEmpty();
    }

    @Test
    void contactIsAddedAndCorrectedByHandAndAudited() {
        PupilContact added = contacts.save(schoolAdmin, school.id(), new PupilContact(null, pupil, "Grace Clarke",
                "Grandmother", false, 1, "grace@example.com", null, null, false));
        contacts.save(schoolAdmin, school.id(), new PupilContact(added.id(), pupil, "Grace Clarke", "Carer", true, 1,
                "grace@example.com", "07700 900105", null, false));

        assertThat(contacts.contactsForAdmin(schoolAdmin, school.id(), pupil)).singleElement()
                .satisfies(c -> assertThat(c.relationship()).isEqualTo("Carer"));
        assertThatThrownBy(() -> contacts.save(schoolAdmin, school.id(), new PupilContact(null, pupil, "X", "Aunt",
                false, 1, "nope", null, null, false)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("email"));
        assertThat(audit.count("CONTACT_UPDATED", "pupil", pupil)).isEqualTo(1);
    }

    @Test
    void onlyThePupilsSchoolReachesTheirContacts() {
        contacts.save(schoolAdmin, school.id(), new PupilContact(null, pupil, "Farah Ahmed", "Mother", true, 1, null,
                null, null, false));
        SchoolInfo other = data.school();
        UserAccount otherChampion = data.staff(other, Role.ATTENDANCE_CHAMPION, null);
        UserAccount otherAdmin = data.staff(other, Role.SCHOOL_ADMIN, null);

        assertThat(contacts.contacts(otherChampion, pupil)).isEmpty();
        assertThat(contacts.contacts(schoolAdmin, pupil)).as("an administrator reads no cases").isEmpty();
        assertThatThrownBy(() -> contacts.contactsForAdmin(otherAdmin, other.id(), pupil))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> contacts.contactsForAdmin(otherAdmin, school.id(), pupil))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private ContactImportResult importFile(String csv) {
        return contacts.importContacts(schoolAdmin, school.id(), csv.getBytes(StandardCharsets.UTF_8), "contacts.csv",
                null);
    }
}
