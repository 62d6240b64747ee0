package dev.concierge.requests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concierge.requests");

    /** Every package but the Kafka plumbing and the Quarkus wiring is the domain. */
    private static final String[] DOMAIN = {"..requests.lifecycle..", "..requests.sourcing..",
            "..requests.assignment..", "..requests.checkout.."};

    @Test
    void the_lifecycle_sourcing_assignment_and_checkout_use_no_kafka_quarkus_or_json_framework() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "jakarta..",
                        "org.apache.kafka..", "com.mongodb..", "org.jboss..", "com.fasterxml..")
                .check(MAIN);
    }

    @Test
    void the_domain_does_not_reach_into_the_plumbing_or_the_wiring() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("..requests.streams..", "..requests.config..")
                .check(MAIN);
    }

    @Test
    void every_class_lives_in_a_capability_the_plumbing_or_the_wiring() {
        classes().should().resideInAnyPackage(DOMAIN)
                .orShould().resideInAnyPackage("..requests.streams..", "..requests.config..")
                .check(MAIN);
    }

    @Test
    void the_topology_does_not_know_about_cdi_or_configuration() {
        noClasses().that().resideInAPackage("..requests.streams..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye.config..",
                        "..requests.config..")
                .check(MAIN);
    }
}
