package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The diagrams come from the same bpmn/ files the app deploys; no Spring needed. */
class ProcessDiagramsTests {

    private final ProcessDiagrams diagrams = new ProcessDiagrams();

    @Test
    void findsADeployedProcessByItsIdWithItsLayout() {
        String xml = diagrams.xml("barrier-understanding").orElseThrow();

        assertThat(xml).contains("id=\"barrier-understanding\"").contains("bpmndi:BPMNShape");
    }

    @Test
    void keepsTheFileOnceRead() {
        assertThat(diagrams.xml("barrier-understanding").orElseThrow())
                .isSameAs(diagrams.xml("barrier-understanding").orElseThrow());
    }

    @Test
    void anUnknownProcessHasNoDiagram() {
        assertThat(diagrams.xml("no-such-process")).isEmpty();
        assertThat(diagrams.xml(null)).isEmpty();
    }

    @Test
    void learnsAProcessDeployedFromElsewhere() throws IOException {
        String xml = new ClassPathResource("inbox/inbox-test-steps.bpmn").getContentAsString(StandardCharsets.UTF_8);

        diagrams.learn(xml);

        assertThat(diagrams.xml("inbox-test-steps")).contains(xml);
        assertThat(diagrams.xml("barrier-understanding")).isPresent();
    }
}
