package org.rejoin.engine.internal;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.ClassUtils;

/**
 * The engine's threads keep a JVM alive: when start-up fails, stop the embedded servers so the
 * process ends with its error instead of hanging.
 */
public class StopEmbeddedOnFailure implements ApplicationListener<ApplicationFailedEvent> {

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        // a production build has no embedded parts (and nothing started): do not load their classes
        if (RunModeEnvironment.embeddedPartsPresent(name -> ClassUtils.isPresent(name, getClass().getClassLoader()))) {
            EmbeddedInfrastructure.stopIfStarted();
        }
    }
}
