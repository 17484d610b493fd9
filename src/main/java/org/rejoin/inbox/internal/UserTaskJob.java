package org.rejoin.inbox.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.ActivatedJob;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A job-worker user task as the engine delivers it, in the inbox's terms. The header names and
 * formats were checked on the in-memory engine 8.8.21 (job type "io.camunda.zeebe:userTask",
 * a userTask without zeebe:userTask):
 * <ul>
 * <li>io.camunda.zeebe:assignee: the plain string;</li>
 * <li>io.camunda.zeebe:candidateGroups, io.camunda.zeebe:candidateUsers: a JSON array string,
 *     ["ATTENDANCE_CHAMPION","school:x:LEADER"] for candidateGroups="ATTENDANCE_CHAMPION, school:x:LEADER";</li>
 * <li>io.camunda.zeebe:dueDate, io.camunda.zeebe:followUpDate: ZonedDateTime.toString(), e.g.
 *     "2026-12-01T12:00Z" or, from FEEL's {@code now}, "2026-11-23T09:42:42.281Z[Etc/UTC]";</li>
 * <li>io.camunda.zeebe:formKey: for zeebe:formDefinition formId="confirm-concern", the engine puts the
 *     numeric key of the latest deployed form with that id ("2251799813685300"), not the form id;
 *     the form id is read from the BPMN (ProcessModels);</li>
 * <li>custom zeebe:taskHeaders come through under their own keys ("priority"); zeebe:priorityDefinition
 *     does not reach a job-worker user task; the job starts with retries = 1.</li>
 * </ul>
 * An absent attribute means an absent header.
 */
record UserTaskJob(long jobKey, long processInstanceKey, long processDefinitionKey, String processId,
                   String elementId, String name, String guidance, UUID caseId, UUID pupilId, UUID schoolId,
                   UUID agencyId, List<String> candidateGroups, List<String> candidateUsers, String assignee,
                   Instant dueDate, Instant followUpDate, int priority, String formId, String formKey,
                   String variablesJson, Instant deadline, boolean confidential) {

    static final String TYPE = "io.camunda.zeebe:userTask";
    static final String ASSIGNEE = "io.camunda.zeebe:assignee";
    static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
    static final String CANDIDATE_USERS = "io.camunda.zeebe:candidateUsers";
    static final String DUE_DATE = "io.camunda.zeebe:dueDate";
    static final String FOLLOW_UP_DATE = "io.camunda.zeebe:followUpDate";
    static final String FORM_KEY = "io.camunda.zeebe:formKey";
    /** Custom header: this step's answers stay out of other steps' "case so far". */
    static final String CONFIDENTIAL = "confidential";
    static final int DEFAULT_PRIORITY = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    static UserTaskJob of(ActivatedJob job, ProcessModels models, StepVariables kept) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        var step = models.step(job.getBpmnProcessId(), job.getElementId())
                .orElse(new ProcessModels.Step(job.getElementId(), null, null));
        return new UserTaskJob(job.getKey(), job.getProcessInstanceKey(), job.getProcessDefinitionKey(),
                job.getBpmnProcessId(), job.getElementId(), step.name(), step.guidance(),
                uuid(variables, "caseId"), uuid(variables, "pupilId"), uuid(variables, "schoolId"),
                uuid(variables, "agencyId"), list(headers.get(CANDIDATE_GROUPS)), list(headers.get(CANDIDATE_USERS)),
                blankToNull(headers.get(ASSIGNEE)), instant(headers.get(DUE_DATE)), instant(headers.get(FOLLOW_UP_DATE)),
                priority(variables.get("priority"), headers.get("priority")), step.formId(),
                blankToNull(headers.get(FORM_KEY)), kept.kept(step, variables), Instant.ofEpochMilli(job.getDeadline()),
                "true".equalsIgnoreCase(String.valueOf(headers.get(CONFIDENTIAL)).strip()));
    }

    UserTaskJob withDueDate(Instant due) {
        return new UserTaskJob(jobKey, processInstanceKey, processDefinitionKey, processId, elementId, name, guidance,
                caseId, pupilId, schoolId, agencyId, candidateGroups, candidateUsers, assignee, due, followUpDate,
                priority, formId, formKey, variablesJson, deadline, confidential);
    }

    static List<String> list(String jsonArray) {
        if (jsonArray == null || jsonArray.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(jsonArray, new TypeReference<List<String>>() { }).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON array of names: " + jsonArray, e);
        }
    }

    static Instant instant(String value) {
        return value == null || value.isBlank() ? null : ZonedDateTime.parse(value.strip()).toInstant();
    }

    /** The process variable wins over the task header; out-of-range values are clamped to 0..100. */
    static int priority(Object variable, String header) {
        Object value = variable != null ? variable : header;
        if (value == null || value.toString().isBlank()) {
            return DEFAULT_PRIORITY;
        }
        try {
            return (int) Math.max(0, Math.min(100, Math.round(Double.parseDouble(value.toString().strip()))));
        } catch (NumberFormatException e) {
            return DEFAULT_PRIORITY;
        }
    }

    /** Ids are optional; one that is not a UUID is a modelling error, and the task is refused. */
    private static UUID uuid(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Process variable " + name + " is not a UUID: " + value, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
