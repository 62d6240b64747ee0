package dev.concierge.notifications.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The capabilities' application code stays plain Java: SDKs, drivers and frameworks live in the adapters. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concierge.notifications");
    }

    @Test
    void application_code_and_the_channel_ports_use_no_framework_sdk_or_driver() {
        noClasses().that().resideInAnyPackage("dev.concierge.notifications..application..",
                        "dev.concierge.notifications.channels")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..", "org.redisson..", "io.smallrye..", "io.vertx..",
                        "com.twilio..", "org.jboss..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void application_code_does_not_reach_into_adapters() {
        noClasses().that().resideInAnyPackage("dev.concierge.notifications..application..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concierge.notifications..persistence..",
                        "dev.concierge.notifications..messaging..", "dev.concierge.notifications.channels.twilio..",
                        "dev.concierge.notifications.channels.email..", "dev.concierge.notifications.channels.push..",
                        "dev.concierge.notifications.config..")
                .check(classes);
    }
}
