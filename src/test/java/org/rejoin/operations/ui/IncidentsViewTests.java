package org.rejoin.operations.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.engine.JobIncident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrators' list of steps the app could not carry out, browserless. */
class IncidentsViewTests extends ViewTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    long jobKey;

    @BeforeEach
    void anIncidentWhoseJobTheEngineNoLongerHas() {
        jobKey = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        jdbc.update("insert into job_incident (job_key, process_instance_key, bpmn_process_id, element_id, job_type, "
                + "error_message) values (?, 1, 'multi-agency-referral', 'Task_SendToAgency', "
                + "'rejoin.referral.send-to-agency', 'No Early Help agency is set up for Northshire')", jobKey);
    }

    @Test
    void anAdministratorSeesTheStepAndWhyItFailed() {
        signInAs("admin@rejoin.example");
        navigate("admin/incidents");

        IncidentsView view = _get(IncidentsView.class);
        Grid<JobIncident> grid = view.grid;
        int row = rowOf(grid);
        assertThat(_getFormattedRow(grid, row)).contains("multi-agency-referral › Task_SendToAgency",
                "No Early Help agency is set up for Northshire");
        assertThat(view.summary.getText()).matches("\\d+ steps? needs? attention\\.");
    }

    @Test
    void retryingAStepWhoseProcessMovedOnTakesItOffTheList() {
        signInAs("admin@rejoin.example");
        navigate("admin/incidents");
        IncidentsView view = _get(IncidentsView.class);
        JobIncident incident = view.grid.getGenericDataView().getItems().filter(i -> i.jobKey() == jobKey)
                .findFirst().orElseThrow();

        view.retry(incident);

        assertThat(view.grid.getGenericDataView().getItems().noneMatch(i -> i.jobKey() == jobKey)).isTrue();
        assertThat(jdbc.queryForObject("select retried_by from job_incident where job_key = ?", String.class, jobKey))
                .isEqualTo("admin@rejoin.example");
    }

    private int rowOf(Grid<JobIncident> grid) {
        for (int i = 0; i < _size(grid); i++) {
            if (grid.getGenericDataView().getItem(i).jobKey() == jobKey) {
                return i;
            }
        }
        throw new AssertionError("The incident is not listed");
    }
}
