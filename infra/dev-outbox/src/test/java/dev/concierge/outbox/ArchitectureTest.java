package dev.concierge.outbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses OUTBOX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concierge.outbox");

    @Test
    void the_message_log_and_the_twilio_and_push_rules_are_plain_java() {
        noClasses().that().resideInAnyPackage("dev.concierge.outbox.messages..")
                .or().resideInAnyPackage("dev.concierge.outbox.twilio..", "dev.concierge.outbox.push..")
                .and().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.vertx..")
                .check(OUTBOX);
    }

    @Test
    void the_outbox_depends_on_no_concierge_service() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.concierge.ingest..",
                "dev.concierge.notifications..", "dev.concierge.schemas..", "dev.concierge.requests..")
                .check(OUTBOX);
    }
}
