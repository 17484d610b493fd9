package org.rejoin.engine;

import org.springframework.core.env.Environment;

/**
 * How Rejoin finds its database and workflow engine.
 * EMBEDDED starts both inside the JVM with throw-away state; EXTERNAL uses configured servers.
 */
public enum RunMode {
    EMBEDDED,
    EXTERNAL;

    public static final String PROPERTY = "rejoin.mode";

    public static RunMode of(Environment environment) {
        String value = environment.getProperty(PROPERTY, "embedded").trim();
        try {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Property " + PROPERTY + " must be 'embedded' or 'external', not '" + value + "'");
        }
    }
}
