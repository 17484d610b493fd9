package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.springframework.mock.env.MockEnvironment;

/** The first administrator of an external deployment; the user store is stubbed to look empty. */
class InitialAdminCreatorTests {

    private final UserStore emptyStore = mock(UserStore.class);
    private final PasswordStore passwords = mock(PasswordStore.class);
    private final MockEnvironment external = new MockEnvironment().withProperty("rejoin.mode", "external");

    @Test
    void refusesToStartWithoutAnInitialAdminPassword() {
        when(emptyStore.count()).thenReturn(0L);
        var creator = new InitialAdminCreator(new InitialAdminProperties("admin@school.example", null), emptyStore, passwords, external);
        assertThatThrownBy(() -> creator.run(null))
                .hasMessageContaining("rejoin.security.initial-admin.password")
                .hasMessageContaining("REJOIN_SECURITY_INITIALADMIN_PASSWORD");
    }

    @Test
    void refusesToStartWithAWellKnownDefaultPassword() {
        when(emptyStore.count()).thenReturn(0L);
        var creator = new InitialAdminCreator(new InitialAdminProperties("admin@school.example", "changeme"), emptyStore, passwords, external);
        assertThatThrownBy(() -> creator.run(null)).hasMessageContaining("initial-admin.password is refused");
        verify(emptyStore, never()).create(any());
    }

    @Test
    void createsTheAdminFromConfigurationWhenNoUserExistsWhoMustChooseANewPasswordAtFirstSignIn() {
        when(emptyStore.count()).thenReturn(0L);
        var id = java.util.UUID.randomUUID();
        when(emptyStore.create(any())).thenReturn(new org.rejoin.security.UserAccount(id, "head@school.example",
                "Administrator", null, Role.ADMIN, null, null, null));
        var creator = new InitialAdminCreator(new InitialAdminProperties("head@school.example", "a long unusual passphrase"),
                emptyStore, passwords, external);
        assertThatCode(() -> creator.run(null)).doesNotThrowAnyException();
        verify(emptyStore).create(new NewUser("head@school.example", "Administrator", null, Role.ADMIN, null, null,
                "a long unusual passphrase"));
        verify(passwords).requireChange(id);
    }

    @Test
    void leavesAnExistingUserTableAlone() {
        when(emptyStore.count()).thenReturn(3L);
        new InitialAdminCreator(new InitialAdminProperties(null, null), emptyStore, passwords, external).run(null);
        verify(emptyStore, never()).create(any());
    }
}
