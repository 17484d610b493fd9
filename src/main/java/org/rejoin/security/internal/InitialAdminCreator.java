package org.rejoin.security.internal;

import org.rejoin.engine.RunMode;
import org.rejoin.engine.SettingsException;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * An external deployment starts with no users: the first administrator comes from configuration,
 * and start-up is refused if it is missing or uses a well-known password.
 */
@Component
class InitialAdminCreator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreator.class);

    private final InitialAdminProperties properties;
    private final UserStore users;
    private final PasswordStore passwords;
    private final Environment environment;

    InitialAdminCreator(InitialAdminProperties properties, UserStore users, PasswordStore passwords,
                        Environment environment) {
        this.passwords = passwords;
        this.properties = properties;
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (RunMode.of(environment) != RunMode.EXTERNAL || users.count() > 0) {
            return;
        }
        var admin = users.create(new NewUser(required(properties.username(), "username"), "Administrator", null,
                Role.ADMIN, null, null, checkedPassword()));
        // the password sits in the deployment's environment: it works once, to choose a new one
        passwords.requireChange(admin.id());
        log.info("Created the first administrator '{}'. It must choose a new password at its first sign-in.",
                properties.username());
    }

    private String checkedPassword() {
        String password = required(properties.password(), "password");
        try {
            PasswordPolicy.check(password);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("Property rejoin.security.initial-admin.password is refused: " + e.getMessage());
        }
        return password;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new SettingsException("The user table is empty and property rejoin.security.initial-admin."
                    + name + " (REJOIN_SECURITY_INITIALADMIN_" + name.toUpperCase() + ") is not set: "
                    + "set it to create the first administrator");
        }
        return value;
    }
}
