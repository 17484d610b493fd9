package org.rejoin.inbox.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The worker never drops a job: a failed write fails the job with a backoff, and after enough tries, an incident. */
class UserTaskWorkerTests {

    TaskStore store = mock(TaskStore.class);
    ProcessModels models = new ProcessModels(new org.rejoin.engine.ProcessDiagrams());
    JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);
    ActivatedJob job = mock(ActivatedJob.class);
    UserTaskEngine engine = mock(UserTaskEngine.class);
    org.rejoin.engine.Incidents incidents = mock(org.rejoin.engine.Incidents.class);
    UserTaskWorker worker = new UserTaskWorker(store, models,
            new SchoolDayDeadline(mock(org.rejoin.pupil.SchoolService.class), store,
                    java.time.Clock.system(org.rejoin.base.ui.UkDates.ZONE)), engine, incidents,
            new StepVariables(new org.rejoin.inbox.form.FormRepository(), new com.fasterxml.jackson.databind.ObjectMapper()));

    @BeforeEach
    void aUserTaskJob() {
        when(job.getKey()).thenReturn(42L);
        when(job.getRetries()).thenReturn(1);
        when(job.getBpmnProcessId()).thenReturn("no-such-process");
        when(job.getElementId()).thenReturn("Task_Unknown");
        when(job.getCustomHeaders()).thenReturn(Map.of());
        when(job.getVariablesAsMap()).thenReturn(Map.of());
        when(job.getVariables()).thenReturn("{}");
        when(engine.extend(42L)).thenReturn(java.util.concurrent.CompletableFuture.completedFuture(UserTaskEngine.Outcome.DONE));
    }

    @Test
    void aDatabaseFailureFailsTheJobWithABackoffAndKeepsItsRetries() {
        when(store.upsert(any())).thenThrow(new DataAccessResourceFailureException("database down"));

        worker.receive(job, client);

        verify(client.newFailCommand(42L)).retries(1);
        verify(client.newFailCommand(42L).retries(1)).retryBackoff(UserTaskWorker.BACKOFF);
        verify(client.newFailCommand(42L), never()).retries(0);
    }

    /** Found on the real broker: with PostgreSQL away, the transaction cannot even begin. */
    @Test
    void aTransactionThatCannotBeginIsADatabaseFailureNotAnUnreadableTask() {
        when(store.upsert(any())).thenThrow(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction"));

        worker.receive(job, client);

        verify(client.newFailCommand(42L)).retries(1);
        verify(client.newFailCommand(42L), never()).retries(0);
        verify(incidents, never()).record(any(), any());
    }

    @Test
    void repeatedDatabaseFailuresEndInAnIncident() {
        when(store.upsert(any())).thenThrow(new DataAccessResourceFailureException("database down"));

        for (int i = 0; i < UserTaskWorker.ATTEMPTS; i++) {
            worker.receive(job, client);
        }

        verify(client.newFailCommand(42L), times(UserTaskWorker.ATTEMPTS - 1)).retries(1);
        verify(client.newFailCommand(42L), times(1)).retries(0);
        verify(incidents, times(1)).record(org.mockito.ArgumentMatchers.eq(job),
                org.mockito.ArgumentMatchers.contains("could not store this task"));
    }

    @Test
    void aJobThatCanNeverBeReadRaisesAnIncidentAtOnce() {
        when(job.getVariablesAsMap()).thenReturn(Map.of("schoolId", "not-a-uuid"));

        worker.receive(job, client);

        verify(client.newFailCommand(42L)).retries(0);
        verify(incidents).record(org.mockito.ArgumentMatchers.eq(job),
                org.mockito.ArgumentMatchers.contains("cannot read this user task"));
        verify(store, never()).upsert(any());
    }

    @Test
    void aStoredJobIsHeldForADayButNeitherFailedNorCompleted() {
        worker.receive(job, client);

        verify(store).upsert(any());
        verify(engine).extend(42L);
        verify(client, never()).newFailCommand(any(Long.class));
        verify(client, never()).newCompleteCommand(any(Long.class));
    }

    @Test
    void aJobNotStoredIsNotHeldSoTheEngineOffersItAgainSoon() {
        when(store.upsert(any())).thenThrow(new DataAccessResourceFailureException("database down"));

        worker.receive(job, client);

        verify(engine, never()).extend(any(Long.class));
    }
}
