package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2024 code table, code by code, as docs/using/session-registers.md gives it from the regulations and the DfE's
 * table: each code's category, and whether it counts as possible and as attendance.
 */
class AttendanceCodeTests {

    static Stream<Arguments> everyCode() {
        return Stream.of(
                Arguments.of("/", MarkCategory.PRESENT), Arguments.of("\\", MarkCategory.PRESENT),
                Arguments.of("L", MarkCategory.PRESENT),
                Arguments.of("K", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY),
                Arguments.of("V", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY),
                Arguments.of("P", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY),
                Arguments.of("W", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY),
                Arguments.of("B", MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY),
                Arguments.of("C", MarkCategory.AUTHORISED_ABSENCE), Arguments.of("C1", MarkCategory.AUTHORISED_ABSENCE),
                Arguments.of("C2", MarkCategory.AUTHORISED_ABSENCE), Arguments.of("E", MarkCategory.AUTHORISED_ABSENCE),
                Arguments.of("I", MarkCategory.AUTHORISED_ABSENCE), Arguments.of("J1", MarkCategory.AUTHORISED_ABSENCE),
                Arguments.of("M", MarkCategory.AUTHORISED_ABSENCE), Arguments.of("R", MarkCategory.AUTHORISED_ABSENCE),
                Arguments.of("S", MarkCategory.AUTHORISED_ABSENCE), Arguments.of("T", MarkCategory.AUTHORISED_ABSENCE),
                Arguments.of("G", MarkCategory.UNAUTHORISED_ABSENCE), Arguments.of("N", MarkCategory.UNAUTHORISED_ABSENCE),
                Arguments.of("O", MarkCategory.UNAUTHORISED_ABSENCE), Arguments.of("U", MarkCategory.UNAUTHORISED_ABSENCE),
                Arguments.of("D", MarkCategory.NOT_POSSIBLE), Arguments.of("X", MarkCategory.NOT_POSSIBLE),
                Arguments.of("Y1", MarkCategory.NOT_POSSIBLE), Arguments.of("Y2", MarkCategory.NOT_POSSIBLE),
                Arguments.of("Y3", MarkCategory.NOT_POSSIBLE), Arguments.of("Y4", MarkCategory.NOT_POSSIBLE),
                Arguments.of("Y5", MarkCategory.NOT_POSSIBLE), Arguments.of("Y6", MarkCategory.NOT_POSSIBLE),
                Arguments.of("Y7", MarkCategory.NOT_POSSIBLE), Arguments.of("Z", MarkCategory.NOT_POSSIBLE),
                Arguments.of("#", MarkCategory.NOT_POSSIBLE), Arguments.of("Q", MarkCategory.NOT_POSSIBLE));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("everyCode")
    void eachCodeHasItsCategoryAndAMeaning(String mark, MarkCategory category) {
        AttendanceCode code = AttendanceCode.of(mark).orElseThrow();
        assertThat(code.mark()).isEqualTo(mark);
        assertThat(code.category()).isEqualTo(category);
        assertThat(code.meaning()).isNotBlank();
        assertThat(AttendanceCode.refusal(mark)).isEmpty();
    }

    @Test
    void theTableHoldsExactlyTheCodesOfTheRegulations() {
        assertThat(Arrays.stream(AttendanceCode.values()).map(AttendanceCode::mark))
                .containsExactlyInAnyOrderElementsOf(everyCode().map(a -> (String) a.get()[0]).toList());
    }

    @Test
    void presentAndApprovedActivityCountAsAttendanceAndArePossible() {
        for (MarkCategory category : List.of(MarkCategory.PRESENT, MarkCategory.APPROVED_EDUCATIONAL_ACTIVITY)) {
            assertThat(category.possible()).isTrue();
            assertThat(category.attending()).isTrue();
        }
    }

    @Test
    void authorisedAndUnauthorisedAbsenceArePossibleButNotAttendance() {
        for (MarkCategory category : List.of(MarkCategory.AUTHORISED_ABSENCE, MarkCategory.UNAUTHORISED_ABSENCE)) {
            assertThat(category.possible()).isTrue();
            assertThat(category.attending()).isFalse();
        }
    }

    @Test
    void notPossibleSessionsAreLeftOutOfPossibleSessions() {
        assertThat(MarkCategory.NOT_POSSIBLE.possible()).isFalse();
        assertThat(MarkCategory.NOT_POSSIBLE.attending()).isFalse();
    }

    @Test
    void onlyGNOAndUAreTheUnauthorisedAbsencesTheThresholdsCount() {
        assertThat(Arrays.stream(AttendanceCode.values()).filter(AttendanceCode::unauthorised).map(AttendanceCode::mark))
                .containsExactlyInAnyOrder("G", "N", "O", "U");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H", "J", "Y"})
    void codesWithdrawnIn2024AreRefusedSayingWhatToUseInstead(String mark) {
        assertThat(AttendanceCode.of(mark)).isEmpty();
        assertThat(AttendanceCode.refusal(mark)).get().asString().contains("withdrawn on 19 August 2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "F", "Y8", "C3", "//", "?"})
    void unknownCodesAreRefused(String mark) {
        assertThat(AttendanceCode.refusal(mark)).get().asString().contains("is not an attendance code of the 2024 regulations");
    }

    @Test
    void aMarkIsReadWhateverItsCaseAndSpaces() {
        assertThat(AttendanceCode.of(" c2 ")).contains(AttendanceCode.C2);
        assertThat(AttendanceCode.of("y7")).contains(AttendanceCode.Y7);
    }

    @Test
    void theWeeklySummaryKeepsLateApartFromPresent() {
        assertThat(AttendanceCode.LATE.weeklySymbol()).isEqualTo('L');
        assertThat(AttendanceCode.K.weeklySymbol()).isEqualTo('/');
        assertThat(AttendanceCode.C2.weeklySymbol()).isEqualTo('A');
        assertThat(AttendanceCode.G.weeklySymbol()).isEqualTo('U');
        assertThat(AttendanceCode.CLOSED.weeklySymbol()).isEqualTo('-');
    }
}
