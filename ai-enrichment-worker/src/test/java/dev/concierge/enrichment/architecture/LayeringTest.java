package dev.concierge.enrichment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concierge.enrichment");

    @Test
    void the_text_photo_and_language_domains_and_the_application_use_no_framework_broker_json_library_http_client_sdk_or_model_runtime() {
        // the pipelines are plain Java over interfaces (embedder, media source, barcode reader, OCR, remote vision,
        // language model), so they run without Quarkus, Kafka, ONNX, ZXing, Tesseract, the Vision SDK, gRPC or langchain4j
        noClasses().that().resideInAnyPackage("..text.domain..", "..photo.domain..", "..language.domain..",
                        "..analysis.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "jakarta..",
                        "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "com.fasterxml..",
                        "dev.langchain4j..", "ai.djl..", "com.google..", "io.grpc..", "net.sourceforge.tess4j..",
                        "java.net.http..")
                .check(MAIN);
    }

    @Test
    void the_domain_does_not_reach_into_messaging_embedding_or_wiring() {
        noClasses().that().resideInAnyPackage("..text.domain..", "..photo.domain..", "..language.domain..",
                        "..analysis.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..messaging..", "..text.embedding..", "..config..",
                        "..photo.zxing..", "..photo.tesseract..", "..photo.ingest..", "..photo.vision..",
                        "..language.openai..", "..enrichment.remote..")
                .check(MAIN);
    }

    @Test
    void the_market_domain_uses_no_framework_broker_database_driver_json_library_or_model_runtime_and_no_adapter() {
        // price estimates, matching and the forecast are plain Java over the market store and embedder interfaces
        noClasses().that().resideInAPackage("..market.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "jakarta..",
                        "org.eclipse.microprofile..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "com.fasterxml..", "dev.langchain4j..", "ai.djl..", "..messaging..", "..config..",
                        "..text.embedding..", "..market.mongo..", "..market.forecast..")
                .check(MAIN);
    }
}
