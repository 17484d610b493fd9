package org.rejoin.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.EngineStatus;
import org.rejoin.engine.EngineStatus.DeployedResource;

/**
 * The compatibility check of the process files: what runs in memory on 8.8 must also deploy to the
 * standalone 8.6 broker, through the app's own deployment at start-up.
 */
class DeploymentOnRealBrokerTests extends BrokerTestSupport {

    @Test
    void everyBpmnDmnAndFormFileOfTheProjectDeploysToTheStandaloneBrokerAtStartUp() throws IOException {
        List<String> onDisk = filesOnDisk();
        assertThat(onDisk).as("files under bpmn/ and forms/").isNotEmpty();
        EngineStatus status = RejoinOnBroker.bean(EngineStatus.class);

        await().atMost(Duration.ofSeconds(70)).until(() -> !status.deployedResources().isEmpty());

        assertThat(status.isAvailable()).as(status.problem()).isTrue();
        assertThat(status.deployedResources()).extracting(DeployedResource::resourceName).containsAll(onDisk);
        assertThat(status.deployedResources()).allSatisfy(resource -> assertThat(resource.version()).isPositive());
        assertThat(status.deployedResources()).extracting(DeployedResource::kind)
                .contains("process", "decisions", "form");
    }

    private static List<String> filesOnDisk() throws IOException {
        Path project = RejoinOnBroker.projectDirectory();
        try (Stream<Path> bpmn = Files.walk(project.resolve("bpmn")); Stream<Path> forms = Files.walk(project.resolve("forms"))) {
            return Stream.concat(bpmn, forms).filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
                    .sorted().toList();
        }
    }
}
