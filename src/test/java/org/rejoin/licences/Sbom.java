package org.rejoin.licences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CycloneDX bill of materials as the build writes it (cyclonedx-maven-plugin, JSON): components and their graph. */
record Sbom(String root, Map<String, Component> components, Map<String, List<String>> dependsOn) {

    /** One dependency: Maven coordinates and the licences its POM declares (SPDX id, else the POM's name). */
    record Component(String ref, String group, String name, String version, List<String> licences) {

        String coordinates() {
            return group + ":" + name;
        }
    }

    static Sbom read(Path file) {
        try {
            JsonNode json = new ObjectMapper().readTree(Files.readString(file));
            Map<String, Component> components = new LinkedHashMap<>();
            for (JsonNode c : json.path("components")) {
                List<String> licences = new ArrayList<>();
                for (JsonNode l : c.path("licenses")) {
                    JsonNode licence = l.path("license");
                    String text = l.has("expression") ? l.path("expression").asText()
                            : licence.has("id") ? licence.path("id").asText() : licence.path("name").asText();
                    licences.add(text);
                }
                String ref = c.path("bom-ref").asText();
                components.put(ref, new Component(ref, c.path("group").asText(), c.path("name").asText(),
                        c.path("version").asText(), List.copyOf(licences)));
            }
            Map<String, List<String>> graph = new HashMap<>();
            for (JsonNode d : json.path("dependencies")) {
                List<String> targets = new ArrayList<>();
                d.path("dependsOn").forEach(t -> targets.add(t.asText()));
                graph.put(d.path("ref").asText(), targets);
            }
            return new Sbom(json.path("metadata").path("component").path("bom-ref").asText(), components, graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bill of materials " + file, e);
        }
    }

    /** The components reachable from the project without passing through any of these (group:artifact). */
    Set<Component> reachableAvoiding(Collection<String> avoided) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(root));
        while (!next.isEmpty()) {
            String ref = next.pop();
            Component component = components.get(ref);
            if (!seen.add(ref) || component != null && avoided.contains(component.coordinates())) {
                continue;
            }
            next.addAll(dependsOn.getOrDefault(ref, List.of()));
        }
        Set<Component> reached = new HashSet<>();
        for (String ref : seen) {
            Component component = components.get(ref);
            if (component != null && !avoided.contains(component.coordinates())) {
                reached.add(component);
            }
        }
        return reached;
    }
}
