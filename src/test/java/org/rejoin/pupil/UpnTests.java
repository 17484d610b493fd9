package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTests {

    @ParameterizedTest
    @ValueSource(strings = {"H801200001001", "A123456789012", "W800400125007", "E80040012600Y"})
    void acceptsUpnsWhoseCheckLetterMatches(String upn) {
        assertThat(Upn.of(upn).value()).isEqualTo(upn);
    }

    @Test
    void checkLetterIsTheWeightedSumModulo23() {
        // digits 801200001001 weighted 2..13: 16+0+4+10+0+0+0+0+10+0+0+13 = 53; 53 mod 23 = 7 -> H
        assertThat(Upn.checkLetterFor("801200001001")).isEqualTo('H');
    }

    @Test
    void normalisesCaseAndSurroundingSpaces() {
        assertThat(Upn.of(" h801200001001 ").value()).isEqualTo("H801200001001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "H801200001002|does not match",
            "B801200001001|does not match",
            "H80120000100|has 13 characters",
            "H8012000010011|has 13 characters",
            "I801200001001|check letter",
            "H8012000X1001|digits",
            "H80120000100O|temporary UPN"})
    void refusesBadUpnsWithTheReason(String upn, String reason) {
        assertThatThrownBy(() -> Upn.of(upn)).isInstanceOf(Upn.InvalidUpnException.class).hasMessageContaining(reason);
    }

    @Test
    void refusesAMissingUpn() {
        assertThatThrownBy(() -> Upn.of("  ")).hasMessage("A UPN is required");
        assertThat(Upn.isValid(null)).isFalse();
    }

    @Test
    void everyGeneratedUpnValidates() {
        for (int serial = 0; serial < 500; serial++) {
            String last12 = "8004001" + "25" + String.format("%03d", serial);
            assertThat(Upn.isValid(Upn.withCheckLetter(last12).value())).isTrue();
        }
    }
}
