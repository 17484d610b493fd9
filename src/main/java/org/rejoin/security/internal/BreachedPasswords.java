package org.rejoin.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords most often found in data breaches, which people must not choose: the 20,000-password list Django
 * ships (django/contrib/auth/common-passwords.txt, created by Royce Williams from breached password sets; BSD-3-Clause,
 * Django Software Foundation), kept in src/main/resources/security/common-passwords.txt. Compared in lower case,
 * as the list is. Loaded once, on first use (about 20,000 short strings).
 */
final class BreachedPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";

    private BreachedPasswords() {
    }

    static boolean contains(String password) {
        return Holder.LIST.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.LIST.size();
    }

    private static final class Holder {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            var stream = BreachedPasswords.class.getResourceAsStream(RESOURCE);
            if (stream == null) {
                throw new IllegalStateException("The list of breached passwords is missing: " + RESOURCE);
            }
            Set<String> list = new HashSet<>(40_000);
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(l -> list.add(l.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(list);
        }
    }
}
