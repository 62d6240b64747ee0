package dev.concierge.ingest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application and domain layers stay plain Java: frameworks live in the adapters at the edges. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concierge.ingest");
    }

    @Test
    void application_and_domain_code_uses_no_framework_or_driver() {
        noClasses().that().resideInAnyPackage("dev.concierge.ingest..application..", "dev.concierge.ingest..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..", "org.redisson..", "io.smallrye..", "io.vertx..",
                        "com.razorpay..", "com.twilio..", "org.jboss..")
                .check(classes);
    }

    @Test
    void application_code_does_not_reach_into_web_or_persistence_adapters() {
        noClasses().that().resideInAnyPackage("dev.concierge.ingest..application..", "dev.concierge.ingest..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concierge.ingest..web..",
                        "dev.concierge.ingest..persistence..", "dev.concierge.ingest..messaging..",
                        "dev.concierge.ingest..gateways..", "dev.concierge.ingest..security..",
                        "dev.concierge.ingest..imaging..", "dev.concierge.ingest.config..")
                .check(classes);
    }
}
