package org.rejoin.security.internal;

import java.util.Optional;
import org.rejoin.base.ui.SignedInName;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/** The header names the signed-in person as colleagues know them, not by their sign-in address. */
@Component
class SignedInNameFromAccount implements SignedInName {

    private final CurrentUser currentUser;

    SignedInNameFromAccount(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.get().map(UserAccount::displayName).filter(name -> !name.isBlank());
    }
}
