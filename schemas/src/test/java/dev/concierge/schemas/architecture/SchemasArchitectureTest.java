package dev.concierge.schemas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SchemasArchitectureTest {

    private final JavaClasses schemas = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concierge.schemas");

    @Test
    void schemas_depend_on_no_framework_or_database() {
        // every service depends on schemas, so schemas must not drag a framework or a driver into them
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "javax.enterprise..", "com.mongodb..", "org.bson..")
                .check(schemas);
    }

    @Test
    void event_records_know_nothing_of_json_or_kafka() {
        // the records are the contract; how they travel is the codec's and the serdes' business
        noClasses().that().resideInAnyPackage("..schemas.common..", "..schemas.chat..", "..schemas.requests..",
                        "..schemas.enrichment..", "..schemas.payments..", "..schemas.notifications..",
                        "..schemas.outreach..", "..schemas.stores..", "..schemas.agents..", "..schemas.customers..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.kafka..")
                .check(schemas);
    }
}
