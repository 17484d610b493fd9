package org.rejoin.attendance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The attendance and absence codes of the School Attendance (Pupil Registration) (England) Regulations
 * 2024, in force from 19 August 2024, with the meanings and categories of the DfE's code table in
 * "Working together to improve school attendance" (August 2024). Sources and notes: docs/using/session-registers.md.
 */
public enum AttendanceCode {
    PRESENT_AM("/", MarkCategory.PRESENT, "Present (morning registration)"),
    PRESENT_PM("\\", MarkCategory.PRESENT, "Present (afternoon registration)"),
    LATE("L", MarkCategory.PRESENT, "Late arrival before the register closed"),

    K("K", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY, "Attending education provision arranged by the local authority"),
    V("V", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY, "Attending an educational visit or trip"),
    P("P", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY, "Participating in a supervised sporting activity"),
    W("W", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY, "Attending work experience"),
    B("B", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY, "Attending any other approved educational activity"),

    C("C", MarkCategory.AUTHORISED_ABSENCE, "Leave of absence for exceptional circumstances"),
    C1("C1", MarkCategory.AUTHORISED_ABSENCE,
            "Leave of absence for a regulated performance or regulated employment abroad"),
    C2("C2", MarkCategory.AUTHORISED_ABSENCE, "Leave of absence for a pupil on a temporary reduced (part-time) timetable"),
    E("E", MarkCategory.AUTHORISED_ABSENCE, "Suspended or permanently excluded, no alternative provision made"),
    I("I", MarkCategory.AUTHORISED_ABSENCE, "Illness (not medical or dental appointment)"),
    J1("J1", MarkCategory.AUTHORISED_ABSENCE, "Leave of absence to attend an interview for employment or education"),
    M("M", MarkCategory.AUTHORISED_ABSENCE, "Medical or dental appointment"),
    R("R", MarkCategory.AUTHORISED_ABSENCE, "Religious observance"),
    S("S", MarkCategory.AUTHORISED_ABSENCE, "Study leave"),
    T("T", MarkCategory.AUTHORISED_ABSENCE, "Parent travelling for occupational purposes (mobile child)"),

    G("G", MarkCategory.UNAUTHORISED_ABSENCE, "Holiday not granted by the school"),
    N("N", MarkCategory.UNAUTHORISED_ABSENCE, "Reason for absence not yet established"),
    O("O", MarkCategory.UNAUTHORISED_ABSENCE, "Absent in other or unknown circumstances"),
    U("U", MarkCategory.UNAUTHORISED_ABSENCE, "Arrived in school after registration closed"),

    D("D", MarkCategory.NOT_POSSIBLE, "Dual registered: attending another school"),
    X("X", MarkCategory.NOT_POSSIBLE, "Not required to be in school (non-compulsory school age)"),
    Y1("Y1", MarkCategory.NOT_POSSIBLE, "Unable to attend: transport normally provided not available"),
    Y2("Y2", MarkCategory.NOT_POSSIBLE, "Unable to attend: widespread disruption to travel"),
    Y3("Y3", MarkCategory.NOT_POSSIBLE, "Unable to attend: part of the school premises closed"),
    Y4("Y4", MarkCategory.NOT_POSSIBLE, "Unable to attend: whole school site unexpectedly closed"),
    Y5("Y5", MarkCategory.NOT_POSSIBLE, "Unable to attend: in criminal justice detention"),
    Y6("Y6", MarkCategory.NOT_POSSIBLE, "Unable to attend: public health guidance or law"),
    Y7("Y7", MarkCategory.NOT_POSSIBLE, "Unable to attend: any other unavoidable cause"),
    Z("Z", MarkCategory.NOT_POSSIBLE, "Prospective pupil not on the admission register"),
    CLOSED("#", MarkCategory.NOT_POSSIBLE, "Planned whole or partial school closure"),
    Q("Q", MarkCategory.NOT_POSSIBLE, "Unable to attend because of a lack of access arrangements");

    /** Codes of the 2006 regulations the 2024 ones withdrew, with what to use instead. */
    private static final Map<String, String> WITHDRAWN = Map.of(
            "H", "H (holiday agreed by the school) was withdrawn on 19 August 2024: a leave of absence is C",
            "J", "J (interview) was withdrawn on 19 August 2024: use J1",
            "Y", "Plain Y was withdrawn on 19 August 2024: use Y1 to Y7 for the reason the pupil could not attend");

    private static final Map<String, AttendanceCode> BY_MARK = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(AttendanceCode::mark, Function.identity()));

    private final String mark;
    private final MarkCategory category;
    private final String meaning;

    AttendanceCode(String mark, MarkCategory category, String meaning) {
        this.mark = mark;
        this.category = category;
        this.meaning = meaning;
    }

    /** The mark as the register shows it ("/", "C2", "#"). */
    public String mark() {
        return mark;
    }

    public MarkCategory category() {
        return category;
    }

    public String meaning() {
        return meaning;
    }

    /** Counted among the unauthorised absences the statutory thresholds watch (G, N, O, U). */
    public boolean unauthorised() {
        return category == MarkCategory.UNAUTHORISED_ABSENCE;
    }

    /** The code for a mark as an MIS writes it (case and surrounding spaces ignored). */
    public static Optional<AttendanceCode> of(String mark) {
        return mark == null ? Optional.empty() : Optional.ofNullable(BY_MARK.get(mark.strip().toUpperCase(Locale.ROOT)));
    }

    /** Why a mark is refused: withdrawn in 2024, or not a code at all; empty for a valid code. */
    public static Optional<String> refusal(String mark) {
        if (of(mark).isPresent()) {
            return Optional.empty();
        }
        String key = mark == null ? "" : mark.strip().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.of("The mark is missing");
        }
        return Optional.of(WITHDRAWN.getOrDefault(key, "'" + mark.strip() + "' is not an attendance code of the "
                + "2024 regulations"));
    }

    /** The weekly summary's symbol: '/' attending, 'L' late, 'A' authorised, 'U' unauthorised, '-' not possible. */
    public char weeklySymbol() {
        return switch (category) {
            case PRESENT -> this == LATE ? 'L' : '/';
            case APPROVED_EDUCATIONAL_ACTIVITY -> '/';
            case AUTHORISED_ABSENCE -> 'A';
            case UNAUTHORISED_ABSENCE -> 'U';
            case NOT_POSSIBLE -> '-';
        };
    }
}
