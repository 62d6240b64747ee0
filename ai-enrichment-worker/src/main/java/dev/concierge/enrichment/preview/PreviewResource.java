package dev.concierge.enrichment.preview;

import dev.concierge.enrichment.analysis.application.AnalyzeRequestHandler;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentFailed;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /v1/enrich:preview} (admins): runs the worker's analysis on a request typed in (and
 * images pasted in) now, for tuning, and answers what the worker would publish. Nothing is written
 * to Kafka. It shares the consumer's {@link AnalyzeRequestHandler}, so a preview is the real thing.
 */
@Path(PreviewResource.PATH)
@Tag(name = "preview", description = "Try the analysis on a request without publishing anything")
public class PreviewResource {

    static final String PATH = "/v1/enrich:preview";

    private final AnalyzeRequestHandler handler;
    private final PreviewInput.Limits limits;

    PreviewResource(AnalyzeRequestHandler handler,
            @ConfigProperty(name = "concierge.preview.max-images") int maxImages,
            @ConfigProperty(name = "concierge.preview.max-image-bytes") long maxImageBytes) {
        this.handler = handler;
        this.limits = new PreviewInput.Limits(maxImages, maxImageBytes);
    }

    @POST
    @Blocking
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a request synchronously (photos and text) and answer the enrichment the worker would publish")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewRequest.class),
            examples = {
                @ExampleObject(name = "text", value = "{\"text\": \"need 2 packets amul taaza 500ml\"}"),
                @ExampleObject(name = "photo", value = "{\"text\": \"yeh chahiye\", \"images\": [\"iVBORw0KGgo…\"]}"),
                @ExampleObject(name = "second round", value = "{\"text\": \"charger chahiye\", "
                        + "\"askedQuestions\": [\"Kaunse phone ke liye chahiye?\"], \"answers\": [\"iphone 13\"]}")}))
    @APIResponse(responseCode = "200", description = "The enrichment: category (taxonomy id), specs, questions, photo text, barcodes, providers, degraded and why",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrichmentPreview.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong (text, images and mediaIds all missing; images[i] not base64; too many images; not JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token from ingest-api", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The token is not an admin's", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "The images are larger than the limit, which the answer names", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "No text and no image that could be read: the worker would answer EnrichmentFailed (not retryable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The analysis broke (e.g. its model cannot load): the worker would answer EnrichmentFailed (retryable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public EnrichmentPreview preview(PreviewRequest body) {
        PreviewInput input = PreviewInput.from(body, limits);
        EnrichmentResult result = handler.answer(input.command(), input.uploads());
        if (result instanceof EnrichmentFailed failed) {
            throw failed.retryable() ? PreviewRefused.analysisFailed(failed.reason())
                    : PreviewRefused.nothingToAnalyse(input.uploads().isEmpty() ? "mediaIds" : "images", failed.reason());
        }
        return EnrichmentPreview.of((EnrichmentCompleted) result);
    }
}
