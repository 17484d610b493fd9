package org.rejoin;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rejoin.engine.EngineStatus;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test of the shared application context first asks whether its workflow engine still works. When the
 * engine has stopped, each later test fails at once saying so, instead of timing out on a call the engine
 * will never answer and leaving a trail of unrelated-looking failures.
 */
public class EngineAliveCheck implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        EngineStatus engine = SpringExtension.getApplicationContext(context).getBean(EngineStatus.class);
        String problem = engine.problem();
        if (!problem.isEmpty()) {
            fail("The shared test context's workflow engine is unavailable, so this test cannot run: " + problem);
        }
    }
}
