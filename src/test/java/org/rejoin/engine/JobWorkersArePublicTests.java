package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.annotation.JobWorker;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The Camunda client calls a {@code @JobWorker} method by reflection and is refused on a class its package hides:
 * the job then fails until it is an incident (found when the family module's worker stopped every plan review).
 */
class JobWorkersArePublicTests {

    @Test
    void everyJobWorkerMethodIsPublicOnAPublicClass() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> workers = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.rejoin")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(JobWorker.class)).forEach(m -> {
                workers.add(type.getSimpleName() + "." + m.getName());
                if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
                    hidden.add(type.getName() + "." + m.getName());
                }
            });
        }
        assertThat(workers).as("the scan finds the app's workers").hasSizeGreaterThan(10)
                .contains("FamilyInvitedWorker.familyInvited");
        assertThat(hidden).as("job workers the Camunda client could not call").isEmpty();
    }
}
