package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.SettingsException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * A production build leaves the embedded run's parts out of its jar (the PostgreSQL binaries, and the
 * in-memory engine, whose jars are under Camunda's non-production licence); asked for the embedded run,
 * it stops before anything starts and says what to do instead.
 */
class EmbeddedRunWithoutItsPartsTests {

    private static final DeferredLogFactory LOGS = destination -> LogFactory.getLog(EmbeddedRunWithoutItsPartsTests.class);

    @Test
    void aBuildWithoutTheInMemoryEngineRefusesTheEmbeddedRunAndPointsToTheExternalOne() {
        var environment = new MockEnvironment().withProperty("rejoin.mode", "embedded");
        var withoutEngine = new RunModeEnvironment(LOGS, name -> !name.startsWith("io.camunda.zeebe"));

        assertThatThrownBy(() -> withoutEngine.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("no embedded database or workflow engine")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=external");
    }

    @Test
    void aBuildWithoutThePostgresBinariesRefusesTheEmbeddedRunToo() {
        var environment = new MockEnvironment().withProperty("rejoin.mode", "embedded");
        var withoutPostgres = new RunModeEnvironment(LOGS, name -> !name.startsWith("io.zonky"));

        assertThatThrownBy(() -> withoutPostgres.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("-Pproduction");
    }

    @Test
    void theEmbeddedPartsAreThereInTheDefaultBuild() {
        assertThat(RunModeEnvironment.embeddedPartsPresent(name -> org.springframework.util.ClassUtils.isPresent(name,
                getClass().getClassLoader()))).isTrue();
    }
}
