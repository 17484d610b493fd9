package org.rejoin.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator of an external deployment, created when the user table is empty. */
@ConfigurationProperties("rejoin.security.initial-admin")
record InitialAdminProperties(String username, String password) {
}
