package dev.concierge.projections.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a read-model document looks like and who may see it is plain Java: MongoDB, Kafka and HTTP live in adapters. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concierge.projections");
    }

    @Test
    void the_domain_and_the_application_use_no_framework_driver_broker_or_json_library() {
        noClasses().that().resideInAnyPackage("..requests.domain..", "..requests.application..")
                .or().resideInAnyPackage("..rebuild.domain..", "..rebuild.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "io.vertx..",
                        "jakarta..", "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "com.fasterxml..", "org.jboss..")
                .check(classes);
    }

    @Test
    void the_domain_and_the_application_do_not_reach_into_the_adapters() {
        noClasses().that().resideInAnyPackage("..requests.domain..", "..requests.application..")
                .or().resideInAnyPackage("..rebuild.domain..", "..rebuild.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..messaging..", "..web..",
                        "..config..")
                .check(classes);
    }

    @Test
    void customers_and_privacy_keep_their_domain_and_application_free_of_frameworks_and_adapters() {
        // what is encrypted, the key hierarchy and erasure are plain Java (javax.crypto is the JDK's)
        noClasses().that().resideInAnyPackage("..customers.domain..", "..customers.application..", "..privacy.domain..",
                        "..privacy.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "io.vertx..",
                        "jakarta..", "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "com.fasterxml..", "org.jboss..", "..persistence..", "..messaging..", "..web..", "..config..")
                .check(classes);
    }

    @Test
    void the_domain_does_not_depend_on_the_application() {
        noClasses().that().resideInAnyPackage("..requests.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..requests.application..")
                .check(classes);
    }

    @Test
    void the_rebuild_domain_does_not_depend_on_its_application() {
        noClasses().that().resideInAnyPackage("..rebuild.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..rebuild.application..")
                .check(classes);
    }

    @Test
    void only_the_persistence_adapter_the_wiring_and_the_read_model_plumbing_touch_mongodb() {
        // readmodel: which database the read models are in, and the Projector contract a rebuild replays through
        noClasses().that().resideOutsideOfPackages("..persistence..", "..config..", "..readmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .check(classes);
    }

    // --- rebuild: what a rebuild does and reports is plain Java; Kafka, MongoDB and HTTP are its adapters

    @Test
    void the_rebuild_domain_and_application_use_no_framework_driver_broker_or_json_library() {
        noClasses().that().resideInAnyPackage("..rebuild.domain..", "..rebuild.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "io.vertx..",
                        "jakarta..", "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "com.fasterxml..", "org.jboss..")
                .check(classes);
    }

    // --- analytics, transactions, forecasts and reports: the same rules as the requests read model -------------
    private static final String[] ANALYTICS_CORE = {"..analytics.domain..", "..analytics.application..",
        "..transactions.domain..", "..transactions.application..", "..forecasts.application..",
        "..reports.domain..", "..reports.application.."};

    @Test
    void the_analytics_transactions_and_reports_cores_use_no_framework_driver_broker_json_or_pdf_library() {
        noClasses().that().resideInAnyPackage(ANALYTICS_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "io.vertx..",
                        "jakarta..", "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "com.fasterxml..", "org.jboss..", "org.redisson..", "com.lowagie..")
                .check(classes);
    }

    // --- stores, agents and notifications: the same rules for their domain and application, and the plain
    // helpers they share (paging, fact order, figures)
    private static final String[] DIRECTORIES_CORE = {"..stores.domain..", "..stores.application..",
            "..agents.domain..", "..agents.application..", "..notifications.domain..", "..notifications.application..",
            "..projections.paging..", "..projections.ordering..", "..projections.figures.."};

    @Test
    void the_directories_domain_and_application_use_no_framework_driver_broker_or_json_library() {
        noClasses().that().resideInAnyPackage(DIRECTORIES_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "io.vertx..",
                        "jakarta..", "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "com.fasterxml..", "org.jboss..", "org.redisson..")
                .check(classes);
    }

    @Test
    void the_rebuild_domain_and_application_do_not_reach_into_the_adapters() {
        noClasses().that().resideInAnyPackage("..rebuild.domain..", "..rebuild.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..messaging..", "..web..",
                        "..config..", "..readmodel..")
                .check(classes);
    }

    @Test
    void the_analytics_transactions_and_reports_cores_do_not_reach_into_the_adapters() {
        noClasses().that().resideInAnyPackage(ANALYTICS_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..messaging..", "..web..",
                        "..config..", "..documents..", "..scheduling..")
                .check(classes);
    }

    @Test
    void the_directories_domain_and_application_do_not_reach_into_the_adapters() {
        noClasses().that().resideInAnyPackage(DIRECTORIES_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..messaging..", "..web..",
                        "..config..", "..readmodel..", "..live..")
                .check(classes);
    }
}
