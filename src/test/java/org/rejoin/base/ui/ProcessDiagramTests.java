package org.rejoin.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the diagram element is told: the browser side is checked in a real browser (TaskDiagramAndChartBrowserTests). */
class ProcessDiagramTests {

    private final ProcessDiagram diagram = new ProcessDiagram();

    @Test
    void sendsTheXmlTheActiveElementsAndTheCounts() {
        diagram.setDiagramXml("<definitions/>");
        diagram.setActiveElements(List.of("Task_A", "Task_A"));
        diagram.setCounts(Map.of("Task_B", 3));

        assertThat(diagram.getElement().getProperty("xml")).isEqualTo("<definitions/>");
        assertThat(diagram.getElement().getProperty("active")).isEqualTo("[\"Task_A\"]");
        assertThat(diagram.getElement().getProperty("counts")).isEqualTo("{\"Task_B\":3}");
        assertThat(diagram.getActiveElements()).containsExactly("Task_A");
    }

    @Test
    void theTextAlternativeDescribesTheDiagramAndIsHiddenWhenEmpty() {
        var text = diagram.getChildren().findFirst().orElseThrow();
        assertThat(text.isVisible()).isFalse();

        diagram.setTextAlternative("This step is outlined.");

        assertThat(text.isVisible()).isTrue();
        assertThat(diagram.getTextAlternative()).isEqualTo("This step is outlined.");
        assertThat(diagram.getElement().getProperty("descriptionId")).isEqualTo(text.getId().orElseThrow());
        assertThat(diagram.getAccessibleName()).isEqualTo("Process diagram");
    }
}
