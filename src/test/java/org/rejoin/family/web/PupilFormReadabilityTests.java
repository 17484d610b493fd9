package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rejoin.family.FamilyPage;

/**
 * The pupil's own form reads at a reading age of about 9 to 11 at most: its words, as rendered, scored with the
 * Flesch–Kincaid grade level (reading age = grade + 5), syllables counted by vowel groups.
 */
class PupilFormReadabilityTests {

    private final FamilyHtml html = new FamilyHtml();

    @Test
    void thePupilsFormReadsAtAReadingAgeOfElevenOrYounger() {
        String text = pupilFormText();
        assertThat(text).contains("How did your last step go?", "What helps you?");

        double age = readingAge(text);

        assertThat(age).as("reading age of: %s", text).isLessThanOrEqualTo(11.0);
    }

    @Test
    void theMeasureTellsHardWordsFromPlainOnes() {
        assertThat(readingAge("Please articulate, comprehensively, the considerations materially affecting "
                + "your attendance subsequent to the implementation of the reintegration arrangements."))
                .isGreaterThan(16);
        assertThat(readingAge("How did your last step go? What helps you?")).isLessThan(9);
    }

    private String pupilFormText() {
        FamilyPage page = new FamilyPage(UUID.randomUUID(), "Maya", true, "Maya", true, "Goal", List.of(),
                LocalDate.now(), List.of(), "School", "Ms Champion", null, false, List.of());
        String rendered = html.render("view", Map.of("page", page, "problem", "", "csrfName", "_csrf",
                "csrfToken", "t"));
        Matcher form = Pattern.compile("<div id=\"pupil-form\">(.*?)</div>", Pattern.DOTALL).matcher(rendered);
        assertThat(form.find()).isTrue();
        return form.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    /** Flesch–Kincaid: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, plus 5 years. */
    static double readingAge(String text) {
        String[] sentences = text.split("[.!?]+");
        long sentenceCount = java.util.Arrays.stream(sentences).filter(s -> !s.isBlank()).count();
        List<String> words = Pattern.compile("[A-Za-z']+").matcher(text).results().map(MatchResult::group).toList();
        int syllables = words.stream().mapToInt(PupilFormReadabilityTests::syllables).sum();
        double grade = 0.39 * words.size() / sentenceCount + 11.8 * syllables / words.size() - 15.59;
        return grade + 5;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(java.util.Locale.UK);
        int groups = (int) Pattern.compile("[aeiouy]+").matcher(w).results().count();
        if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
            groups--; // a silent final e
        }
        return Math.max(groups, 1);
    }
}
