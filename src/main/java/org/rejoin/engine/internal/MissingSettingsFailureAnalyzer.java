package org.rejoin.engine.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a missing external setting as a short, readable start-up failure instead of a stack trace. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ExternalSettings.MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ExternalSettings.MissingSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the named properties (or environment variables), or run without rejoin.mode=external "
                        + "to use the embedded database and engine.", cause);
    }
}
