package org.rejoin.licences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What pom.xml's production profile says about the production jar: the dependencies it leaves out of the
 * jar ("provided" there: the embedded run's parts), the ones it excludes altogether (Vaadin's dev tools),
 * and the spring-boot-maven-plugin exclusions that keep what only those parts bring out of the jar.
 */
record ProductionBuild(List<String> embeddedParts, List<String> excludedFromBuild, List<String> excludedGroups,
                       List<String> excludedArtifacts) {

    static ProductionBuild of(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            Element profile = production(document);
            List<String> provided = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            for (Element dependency : children(child(profile, "dependencies"), "dependency")) {
                if ("provided".equals(text(dependency, "scope"))) {
                    provided.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
                }
                for (Element exclusion : children(child(dependency, "exclusions"), "exclusion")) {
                    excluded.add(text(exclusion, "groupId") + ":" + text(exclusion, "artifactId"));
                }
            }
            Element boot = children(child(child(profile, "build"), "plugins"), "plugin").stream()
                    .filter(p -> "spring-boot-maven-plugin".equals(text(p, "artifactId"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no spring-boot-maven-plugin in the production profile"));
            Element configuration = child(boot, "configuration");
            List<String> groups = List.of(text(configuration, "excludeGroupIds").split("\\s*,\\s*"));
            List<String> artifacts = children(child(configuration, "excludes"), "exclude").stream()
                    .map(e -> text(e, "groupId") + ":" + text(e, "artifactId")).toList();
            return new ProductionBuild(provided, excluded, groups, artifacts);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the production profile of " + pom, e);
        }
    }

    /** True when spring-boot-maven-plugin leaves this group:artifact out of the production jar. */
    boolean leftOutOfTheJar(Sbom.Component component) {
        return excludedGroups.contains(component.group()) || excludedArtifacts.contains(component.coordinates());
    }

    private static Element production(Document document) {
        for (Element profile : children(child(document.getDocumentElement(), "profiles"), "profile")) {
            if ("production".equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new IllegalStateException("pom.xml has no production profile");
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }
}
