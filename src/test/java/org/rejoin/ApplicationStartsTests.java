package org.rejoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.EngineStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

/** The embedded default run: real PostgreSQL and the in-memory Zeebe engine, as {@code spring-boot:run} starts them. */
@org.rejoin.RejoinTest
class ApplicationStartsTests {

    @Autowired
    EngineStatus engine;
    @Autowired
    HealthEndpoint health;
    @Autowired
    Flyway flyway;

    @Test
    void deploysEveryProcessDecisionAndFormFromBpmnAndForms() throws IOException {
        List<String> files = Stream.concat(listFiles("bpmn"), listFiles("forms")).toList();
        assertThat(files).isNotEmpty();
        assertThat(engine.deployedResources()).extracting(EngineStatus.DeployedResource::resourceName)
                .containsAll(files);
        assertThat(engine.deployedResources()).extracting(EngineStatus.DeployedResource::id)
                .contains("barrier-understanding", "confirm-concern");
    }

    @Test
    void serviceTaskFailuresFollowRejoinsPolicyNotTheStartersDefault(
            @Autowired io.camunda.client.jobhandling.JobExceptionHandlingStrategy strategy) {
        assertThat(strategy.getClass().getSimpleName()).isEqualTo("WorkerFailurePolicy");
    }

    @Test
    void healthIncludesDatabaseAndWorkflowEngine() {
        assertThat(health.healthForPath("db").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("zeebe").getStatus()).isEqualTo(Status.UP);
        assertThat(engine.isAvailable()).isTrue();
    }

    @Test
    void everyMigrationRanOnPostgres() throws Exception {
        long migrationFiles;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles = files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
        }
        var applied = flyway.info().applied();
        assertThat(applied).hasSize((int) migrationFiles);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.getConfiguration().getDataSource().getConnection().getMetaData().getDatabaseProductName())
                .isEqualTo("PostgreSQL");
    }

    private static Stream<String> listFiles(String folder) throws IOException {
        try (var files = Files.list(Path.of(folder))) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        }
    }
}
