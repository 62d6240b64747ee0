package dev.concierge.enrichment.config;

import dev.concierge.enrichment.language.domain.LanguageModel;
import dev.concierge.enrichment.language.domain.Refiner;
import dev.concierge.enrichment.language.openai.LlmConfiguration;
import dev.concierge.enrichment.language.openai.OpenAiErrors;
import dev.concierge.enrichment.language.openai.OpenAiLanguageModel;
import dev.concierge.enrichment.photo.domain.PhotoAnnotator;
import dev.concierge.enrichment.photo.vision.GoogleVisionAnnotator;
import dev.concierge.enrichment.photo.vision.VisionConfiguration;
import dev.concierge.enrichment.photo.vision.VisionErrors;
import dev.concierge.enrichment.remote.RemoteCall;
import dev.concierge.enrichment.text.domain.TextPipelines;
import dev.concierge.schemas.taxonomy.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The remote providers, each behind its own {@link RemoteCall} (timeout, retry, circuit breaker):
 * Google Cloud Vision when an endpoint and credentials are configured, an OpenAI-compatible LLM when
 * a key is; otherwise an inactive provider that says why, and the local pipeline answers alone.
 */
@ApplicationScoped
public class RemoteProvidersWiring {

    @Produces
    @Singleton
    PhotoAnnotator photoAnnotator(VisionProperties properties) {
        VisionConfiguration configuration = properties.configuration();
        if (configuration.inactiveReason().isPresent()) {
            return PhotoAnnotator.inactive(GoogleVisionAnnotator.PROVIDER, configuration.inactiveReason().get());
        }
        try {
            return GoogleVisionAnnotator.connect(configuration,
                    new RemoteCall(GoogleVisionAnnotator.PROVIDER, properties.settings(), new VisionErrors()));
        } catch (IOException e) {
            // e.g. an unreadable key file: the service still answers, from the local providers
            return PhotoAnnotator.inactive(GoogleVisionAnnotator.PROVIDER, "not usable (" + e.getMessage() + ")");
        }
    }

    void closePhotoAnnotator(@Disposes PhotoAnnotator annotator) throws InterruptedException {
        if (annotator instanceof GoogleVisionAnnotator vision) {
            vision.close();
        }
    }

    @Produces
    @Singleton
    LanguageModel languageModel(LlmProperties properties) {
        LlmConfiguration configuration = properties.configuration();
        if (configuration.inactiveReason().isPresent()) {
            return LanguageModel.inactive(OpenAiLanguageModel.PROVIDER, configuration.inactiveReason().get());
        }
        return OpenAiLanguageModel.connect(configuration,
                new RemoteCall(OpenAiLanguageModel.PROVIDER, properties.settings(), new OpenAiErrors()));
    }

    @Produces
    @Singleton
    Refiner refiner(LanguageModel model) {
        return new Refiner(Taxonomy.standard(), TextPipelines.questionTemplates(), model);
    }
}
