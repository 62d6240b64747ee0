package dev.concierge.requests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concierge.requests");

    @Test
    void the_lifecycle_store_selection_replies_and_assignment_use_no_framework() {
        noClasses().that().resideInAnyPackage("..requests.domain..", "..requests.stores..", "..requests.replies..",
                        "..requests.assignment..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..",
                        "com.mongodb..", "org.jboss..", "com.fasterxml..")
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
