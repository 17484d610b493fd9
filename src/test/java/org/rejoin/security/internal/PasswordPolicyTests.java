package org.rejoin.security.internal;

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
    void acceptsALongUnusualPassword() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery")).doesNotThrowAnyException();
    }
}
