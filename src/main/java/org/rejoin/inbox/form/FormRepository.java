package org.rejoin.inbox.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms on the classpath ({@code forms/}, copied there by the build from the project's
 * {@code forms/} folder), by the form id BPMN user tasks link to. A form is looked up as
 * {@code forms/<id>.form} first and otherwise by the {@code id} inside each file, read once and cached.
 */
@Component
public class FormRepository {

    private static final Logger log = LoggerFactory.getLogger(FormRepository.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final Map<String, Optional<FormSchema>> cache = new ConcurrentHashMap<>();

    public Optional<FormSchema> find(String formId) {
        if (formId == null || !SAFE_ID.matcher(formId).matches() || formId.contains("..")) {
            return Optional.empty();
        }
        Optional<FormSchema> cached = cache.get(formId);
        if (cached != null) {
            return cached;
        }
        Optional<FormSchema> loaded = load(formId);
        loaded.ifPresent(schema -> cache.put(formId, loaded)); // unknown ids are not remembered
        return loaded;
    }

    private Optional<FormSchema> load(String formId) {
        Resource byName = resources.getResource("classpath:forms/" + formId + ".form");
        if (byName.exists()) {
            return read(byName);
        }
        try {
            for (Resource file : resources.getResources("classpath*:forms/**/*.form")) {
                Optional<FormSchema> schema = read(file);
                if (schema.isPresent() && formId.equals(schema.get().id())) {
                    return schema;
                }
            }
        } catch (IOException e) {
            log.warn("Could not list the forms on the classpath", e);
        }
        return Optional.empty();
    }

    private static Optional<FormSchema> read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return Optional.of(FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Form {} cannot be read: {}", file.getDescription(), e.getMessage());
            return Optional.empty();
        }
    }
}
