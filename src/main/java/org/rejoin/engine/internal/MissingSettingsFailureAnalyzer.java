package org.rejoin.engine.internal;

import org.rejoin.engine.SettingsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a missing external setting as a short, readable start-up failure instead of a stack trace. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<SettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the named settings as properties or environment variables: README.md, 'Configuration: "
                        + "your own PostgreSQL and Camunda'.", cause);
    }
}
