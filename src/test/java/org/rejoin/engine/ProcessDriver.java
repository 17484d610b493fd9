package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.rejoin.inbox.form.FormRepository;
import org.rejoin.inbox.form.FormSubmission;
import org.rejoin.inbox.form.FormValidator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Plays everyone around processes on the in-memory engine (zeebe-process-test): the app publishing
 * messages, the workers (a job completed by hand with what the real worker would set) and people
 * answering forms (checked by the app's own {@link FormValidator} first). The engine's clock is the
 * wall clock plus however far the test has travelled. Shared by the process tests of each feature.
 */
public final class ProcessDriver {

    public static final String USER_TASK = "io.camunda.zeebe:userTask";
    public static final String SCHOOL_DAY_DEADLINES = "rejoin.school-days.deadlines";
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    private final FormRepository forms = new FormRepository();
    private final FormValidator validator = new FormValidator(java.time.Clock.system(SCHOOL_ZONE));
    private static final Duration STEP_APPEARS_WITHIN = Duration.ofSeconds(10);

    private Duration travelled = Duration.ZERO;

    public ProcessDriver(ZeebeTestEngine engine, ZeebeClient client) {
        this.engine = engine;
        this.client = client;
    }

    /** These BPMN files and every form, from the classpath, as the app deploys them. */
    public ProcessDriver deploy(String... bpmnFiles) throws IOException {
        DeployResourceCommandStep2 deployment = null;
        for (String bpmn : bpmnFiles) {
            deployment = deployment == null ? client.newDeployResourceCommand().addResourceFromClasspath(bpmn)
                    : deployment.addResourceFromClasspath(bpmn);
        }
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            deployment = deployment.addResourceBytes(form.getContentAsByteArray(), "forms/" + form.getFilename());
        }
        // a cold engine on a loaded machine took over the client's default 10 s to take the first deployment
        deployment.requestTimeout(Duration.ofSeconds(60)).send().join();
        return this;
    }

    public void publish(String messageName, String correlationKey, String messageId, Map<String, Object> variables) {
        var command = client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey);
        (messageId == null ? command.timeToLive(Duration.ZERO) : command.messageId(messageId).timeToLive(Duration.ofHours(1)))
                .variables(variables).send().join();
        idle();
    }

    /** Keys of every instance of this process the engine started, oldest first. */
    public List<Long> instances(String processId) {
        return stream(records().processInstanceRecords())
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                .filter(r -> r.getValue().getBpmnProcessId().equals(processId))
                .map(r -> r.getValue().getProcessInstanceKey()).toList();
    }

    /** Plays the worker of a job type: its one waiting job, completed with the given result. */
    public ActivatedJob work(String jobType, Map<String, Object> result) {
        return work(jobType, job -> true, result);
    }

    /** As {@link #work(String, Map)}; deadline jobs are answered in calendar days (see {@link #deadlines}). */
    public ActivatedJob work(String jobType) {
        return work(jobType, Map.of());
    }

    /** Plays a worker whose result depends on the job's variables. */
    public ActivatedJob work(String jobType, Function<ActivatedJob, Map<String, Object>> result) {
        return work(jobType, job -> true, result);
    }

    /** Plays the worker for the one waiting job of this type that matches. */
    public ActivatedJob work(String jobType, Predicate<ActivatedJob> which, Map<String, Object> result) {
        return work(jobType, which, job -> result);
    }

    private ActivatedJob work(String jobType, Predicate<ActivatedJob> which,
                              Function<ActivatedJob, Map<String, Object>> result) {
        List<ActivatedJob> jobs = expected(() -> activate(jobType), found -> found.stream().anyMatch(which),
                unwanted -> {
                    unwanted.forEach(job -> client.newFailCommand(job.getKey()).retries(job.getRetries()).send().join());
                    idle();
                });
        List<ActivatedJob> matching = jobs.stream().filter(which).toList();
        assertThat(matching).as("a waiting job of type " + jobType).hasSize(1);
        ActivatedJob job = matching.getFirst();
        for (ActivatedJob other : jobs) {
            if (other != job) {
                client.newFailCommand(other.getKey()).retries(other.getRetries()).send().join();
            }
        }
        Map<String, Object> variables = new LinkedHashMap<>(
                jobType.equals(SCHOOL_DAY_DEADLINES) ? deadlines(job) : Map.of());
        variables.putAll(result.apply(job));
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        idle();
        return job;
    }

    /**
     * What the school-days worker sets, counted here in calendar days: header {@code deadlines} =
     * "variable=days" (a number or a variable holding one) from now, or "variable=days before dateVariable"
     * (a yyyy-MM-dd date, end of the school day).
     */
    private Map<String, Object> deadlines(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        Map<String, Object> deadlines = new LinkedHashMap<>();
        for (String pair : job.getCustomHeaders().get("deadlines").split(",")) {
            String[] parts = pair.strip().split("=");
            String[] words = parts[1].strip().split("\\s+");
            int days = number(words[0], variables);
            if (words.length == 3 && words[1].equals("before")) {
                LocalDate date = LocalDate.parse((String) variables.get(words[2]));
                deadlines.put(parts[0], iso(date.minusDays(days).atTime(16, 0).atZone(SCHOOL_ZONE).toInstant()));
            } else {
                deadlines.put(parts[0], iso(now().plus(Duration.ofDays(days))));
            }
        }
        return deadlines;
    }

    private static int number(String daysOrVariable, Map<String, Object> variables) {
        return daysOrVariable.chars().allMatch(Character::isDigit) ? Integer.parseInt(daysOrVariable)
                : ((Number) variables.get(daysOrVariable)).intValue();
    }

    private List<ActivatedJob> activate(String jobType) {
        return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).timeout(Duration.ofSeconds(1))
                .send().join().getJobs();
    }

    /** Whether a job of this type is waiting (created, not yet completed or cancelled). */
    public boolean hasJob(String jobType) {
        return !openJobs(jobType).isEmpty();
    }

    /** The one open step at this element, in any instance. */
    public Step step(String elementId) {
        return theOne(() -> steps(elementId), "open steps at " + elementId);
    }

    /** The one open step at this element in this process instance. */
    public Step step(long instanceKey, String elementId) {
        return theOne(() -> steps(elementId).stream().filter(s -> s.instanceKey() == instanceKey).toList(),
                "open steps at " + elementId + " in " + instanceKey);
    }

    private Step theOne(Supplier<List<Step>> steps, String what) {
        List<Step> found = expected(steps, seen -> !seen.isEmpty(), none -> {
        });
        assertThat(found).as(what).hasSize(1);
        return found.getFirst();
    }

    /**
     * A timer made due by time travel is triggered by the engine's own due-date checker, which on a busy machine can
     * run just after the engine first looked idle (a CI run at load 40 once found no step after the parents' meeting
     * time). So a step or a job expected next is looked for again, {@link #STEP_APPEARS_WITHIN} at most, before it is
     * found missing; what was seen last is returned, so that its absence still fails the test, with the same message.
     * Between looks, {@code letGo} is given what was seen (jobs activated by a look are handed back to the engine).
     */
    private <T> T expected(Supplier<T> look, Predicate<T> arrived, Consumer<T> letGo) {
        AtomicReference<T> seen = new AtomicReference<>(look.get());
        try {
            // polled in this thread: a look has effects (activated jobs), so none may run on after the wait ends
            Awaitility.await().atMost(STEP_APPEARS_WITHIN).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        if (!arrived.test(seen.get())) {
                            letGo.accept(seen.get());
                            seen.set(look.get());
                        }
                        return arrived.test(seen.get());
                    });
        } catch (ConditionTimeoutException missing) {
            // the caller asserts on what was seen last, with its own message
        }
        return seen.get();
    }

    public List<Step> steps(String elementId) {
        return openJobs(USER_TASK).stream().filter(s -> s.elementId().equals(elementId)).toList();
    }

    public void complete(String elementId, String formId, Map<String, Object> answers) {
        complete(step(elementId), formId, answers);
    }

    /** Answers a step as a person would through its form: checked by the app's validator, then completed. */
    public void complete(Step step, String formId, Map<String, Object> answers) {
        FormSubmission submission = validator.validate(forms.find(formId).orElseThrow(), answers,
                variables(step.instanceKey()));
        assertThat(submission.isValid()).as(formId + ": " + submission.errors()).isTrue();
        client.newCompleteCommand(step.key()).variables(submission.variables()).send().join();
        idle();
    }

    /** What the form's validator says about these answers at this step (for tests of form rules). */
    public FormSubmission validate(Step step, String formId, Map<String, Object> answers) {
        return validator.validate(forms.find(formId).orElseThrow(), answers, variables(step.instanceKey()));
    }

    /** An instance's own (root scope) variables, as JSON-decoded values. */
    public Map<String, Object> variables(long instanceKey) {
        return scopeVariables(instanceKey);
    }

    /** The variables set directly on one scope (a process instance or an element instance). */
    public Map<String, Object> scopeVariables(long scopeKey) {
        Map<String, Object> variables = new HashMap<>();
        stream(records().variableRecords()).filter(r -> r.getValue().getScopeKey() == scopeKey)
                .forEach(r -> variables.put(r.getValue().getName(), decode(r.getValue().getValue())));
        return variables;
    }

    public Instant instant(long instanceKey, String variable) {
        return OffsetDateTime.parse((String) variables(instanceKey).get(variable)).toInstant();
    }

    public Instant now() {
        return Instant.now().plus(travelled);
    }

    public LocalDate today() {
        return now().atZone(SCHOOL_ZONE).toLocalDate();
    }

    public void travelTo(Instant moment) {
        travel(Duration.between(now(), moment));
    }

    public void travel(Duration duration) {
        engine.increaseTime(duration);
        travelled = travelled.plus(duration);
        idle();
    }

    public ProcessInstanceAssert assertThatInstance(long instanceKey) {
        return BpmnAssert.assertThat(new InspectedProcessInstance(instanceKey));
    }

    public void idle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new IllegalStateException("The engine did not settle", e);
        }
    }

    public static String iso(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString();
    }

    private List<Step> openJobs(String jobType) {
        Set<Long> closed = new HashSet<>();
        Map<Long, Step> created = new LinkedHashMap<>();
        for (Record<JobRecordValue> r : records().jobRecords()) {
            if (!r.getValue().getType().equals(jobType)) {
                continue;
            }
            switch (r.getIntent()) {
                case JobIntent.CREATED -> created.put(r.getKey(), new Step(r.getKey(), r.getValue().getElementId(),
                        r.getValue().getProcessInstanceKey(), r.getValue().getElementInstanceKey(),
                        r.getValue().getCustomHeaders()));
                case JobIntent.COMPLETED, JobIntent.CANCELED, JobIntent.ERROR_THROWN -> closed.add(r.getKey());
                default -> {
                }
            }
        }
        created.keySet().removeAll(closed);
        return List.copyOf(created.values());
    }

    private RecordStream records() {
        return RecordStream.of(engine.getRecordStreamSource());
    }

    private static <T> java.util.stream.Stream<T> stream(Iterable<T> records) {
        return StreamSupport.stream(records.spliterator(), false);
    }

    private static Object decode(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open human step: a user-task job with the engine's headers. */
    public record Step(long key, String elementId, long instanceKey, long elementInstanceKey,
                       Map<String, String> headers) {
        public String assignee() {
            return headers.get("io.camunda.zeebe:assignee");
        }

        public String candidateUsers() {
            return headers.get("io.camunda.zeebe:candidateUsers");
        }

        public String candidateGroups() {
            return headers.get("io.camunda.zeebe:candidateGroups");
        }

        public String dueDate() {
            return headers.get("io.camunda.zeebe:dueDate");
        }

        public String formKey() {
            return headers.get("io.camunda.zeebe:formKey");
        }
    }
}
