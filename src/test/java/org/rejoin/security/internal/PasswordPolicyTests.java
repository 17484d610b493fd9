package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("short-pw")).hasMessageContaining("at least 12 characters");
    }

    @Test
    void refusesWellKnownDefaultsWhateverTheCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("AdminAdmin12")).hasMessageContaining("well-known default");
        assertThatThrownBy(() -> PasswordPolicy.check("PASSWORD1234")).hasMessageContaining("well-known default");
    }

    @Test
    void thePublishedDemoPasswordIsRefusedForEveryAccountButTheDemoOnes() {
        assertThatThrownBy(() -> PasswordPolicy.check("attend-demo-2026")).hasMessageContaining("well-known default");
        assertThatThrownBy(() -> PasswordPolicy.check("Attend-Demo-2026")).hasMessageContaining("well-known default");
        assertThatCode(() -> PasswordPolicy.checkDemo("attend-demo-2026")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.checkDemo("password1234")).hasMessageContaining("well-known default");
    }

    @Test
    void refusesPasswordsFromTheShippedListOfBreachedPasswordsWhateverTheCase() {
        assertThat(BreachedPasswords.size()).isGreaterThan(19_000);
        assertThatThrownBy(() -> PasswordPolicy.check("12345678987654321")).hasMessageContaining("data breaches");
        assertThatThrownBy(() -> PasswordPolicy.check("Password12345")).hasMessageContaining("data breaches");
    }

    @Test
    void acceptsALongUnusualPassword() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery")).doesNotThrowAnyException();
    }
}
