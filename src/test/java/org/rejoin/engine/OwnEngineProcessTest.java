package org.rejoin.engine;

import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A process test on a fresh in-memory engine for each test ({@link ZeebeProcessTest}), in the JVM of the tests with
 * engines of their own (the "own-engine" tag, pom.xml), with no other engine at work beside it
 * ({@link OneEngineAtATime}). Process tests use this, never {@code @ZeebeProcessTest} alone
 * ({@code ProcessTestsRunAloneTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-engine")
@ExtendWith(OneEngineAtATime.class)
@ZeebeProcessTest
public @interface OwnEngineProcessTest {
}
