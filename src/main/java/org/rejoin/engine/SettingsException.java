package org.rejoin.engine;

/**
 * A setting is missing or unacceptable, so Rejoin refuses to start. The message names the
 * property and its environment variable; start-up prints it without a stack trace.
 */
public class SettingsException extends IllegalStateException {

    public SettingsException(String message) {
        super(message);
    }
}
