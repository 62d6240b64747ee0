package dev.concierge.payments.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The payment rules (application, ledger, gateway port) stay plain Java: the SDK, Kafka and MongoDB live in adapters. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concierge.payments");
    }

    @Test
    void payment_rules_use_no_framework_driver_or_gateway_sdk() {
        noClasses().that().resideInAnyPackage("dev.concierge.payments.application..", "dev.concierge.payments.ledger..",
                        "dev.concierge.payments.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..", "io.smallrye..", "io.vertx..", "com.razorpay..", "okhttp3..",
                        "org.json..", "org.jboss..")
                .check(classes);
    }

    @Test
    void payment_rules_do_not_reach_into_the_adapters() {
        noClasses().that().resideInAnyPackage("dev.concierge.payments.application..", "dev.concierge.payments.ledger..",
                        "dev.concierge.payments.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concierge.payments.razorpay..",
                        "dev.concierge.payments.persistence..", "dev.concierge.payments.messaging..",
                        "dev.concierge.payments.config..", "dev.concierge.payments.receipts..",
                        "dev.concierge.payments.reconciliation..", "dev.concierge.payments.web..",
                        "dev.concierge.payments.simulated..")
                .check(classes);
    }

    @Test
    void the_simulated_gateway_keeps_its_state_behind_its_own_port() {
        noClasses().that().resideInAnyPackage("dev.concierge.payments.simulated..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "dev.concierge.payments.persistence..", "dev.concierge.payments.messaging..",
                        "dev.concierge.payments.config..", "dev.concierge.payments.razorpay..", "com.razorpay..")
                .check(classes);
    }

    @Test
    void receipts_keep_their_storage_behind_their_own_port() {
        noClasses().that().resideInAnyPackage("dev.concierge.payments.receipts..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "dev.concierge.payments.persistence..", "dev.concierge.payments.messaging..",
                        "dev.concierge.payments.config..", "dev.concierge.payments.razorpay..", "com.razorpay..")
                .check(classes);
    }
}
