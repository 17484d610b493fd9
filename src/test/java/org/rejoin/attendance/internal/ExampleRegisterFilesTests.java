package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolCalendar.DateRange;

/** The example files offered on the import page read cleanly, each in its MIS's column names and layout. */
class ExampleRegisterFilesTests {

    static final SchoolCalendar AUTUMN_2025 = new SchoolCalendar(
            List.of(new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19))), List.of(), Set.of());
    static final Map<String, UUID> ROLL = Map.of("G999400125001", UUID.randomUUID(), "W999400125002",
            UUID.randomUUID(), "Z999400124003", UUID.randomUUID());
    static final RegisterRules RULES = new RegisterRules(ROLL, Map.of(), AUTUMN_2025, LocalDate.of(2026, 1, 1));

    @ParameterizedTest
    @CsvSource({"sessions-sims-example.csv, 8", "sessions-bromcom-example.csv, 6", "sessions-arbor-example.csv, 30"})
    void eachExampleFileReadsWithoutAProblem(String file, int sessions) throws Exception {
        List<SessionLine> read = new ArrayList<>();
        List<LineError> problems;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/META-INF/resources/examples/" + file),
                StandardCharsets.UTF_8)) {
            problems = new SessionRegisterReader(RULES).read(in, read::add, rows -> { });
        }
        assertThat(problems).isEmpty();
        assertThat(read).hasSize(sessions);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UPN,Date,Session,Mark",
            "upn,date,ampm,code,note",
            "Pupil UPN,Session Date,AM or PM,Attendance Mark,Minutes_Late"})
    void columnNamesAreMatchedWhateverTheirCaseAndPunctuation(String header) {
        List<SessionLine> read = new ArrayList<>();
        String row = "G999400125001,2025-09-08,AM,/" + ",".repeat(header.split(",").length - 4);
        var problems = new SessionRegisterReader(RULES).read(new StringReader(header + "\n" + row), read::add,
                rows -> { });
        assertThat(problems).isEmpty();
        assertThat(read).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(2));
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
        String file = "UPN,Date,Session,Mark,Comment\n\nG999400125001,2025-09-08,AM,/,\"two\nlines\"\n"
                + "G999400125001,2025-09-08,PM,H,\n";
        var problems = new SessionRegisterReader(RULES).read(new StringReader(file), s -> { }, rows -> { });
        assertThat(problems).extracting(LineError::line).containsExactly(5L);
    }

    @Test
    void aWeekGridCellWithAWithdrawnCodeNamesItsColumn() {
        String file = "UPN,Week starting,Mon AM,Mon PM,Tue AM,Tue PM,Wed AM,Wed PM,Thu AM,Thu PM,Fri AM,Fri PM\n"
                + "G999400125001,2025-09-08,/,\\,/,\\,/,J,/,\\,/,\\\n";
        var problems = new SessionRegisterReader(RULES).read(new StringReader(file), s -> { }, rows -> { });
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Wed PM: J (interview) was withdrawn on 19 August 2024: use J1"));
    }
}
