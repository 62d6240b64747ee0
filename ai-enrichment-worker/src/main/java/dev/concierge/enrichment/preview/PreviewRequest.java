package dev.concierge.enrichment.preview;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/enrich:preview}: what a customer's request would hold, images inline. */
@Schema(description = "A request to analyse as the worker would: text, images (base64) and/or ingest-api media ids")
public record PreviewRequest(
        @Schema(description = "What the customer wrote", example = "yeh chahiye") String text,
        @Schema(description = "Images as base64 (a data: URL prefix is allowed); read as upload-1, upload-2 …")
        List<String> images,
        @Schema(description = "Ids of media stored by ingest-api (POST /v1/media)") List<String> mediaIds,
        @Schema(description = "A taxonomy category id the customer chose", example = "dairy") String categoryHint,
        @Schema(description = "Questions put to the customer in earlier rounds, oldest first") List<String> askedQuestions,
        @Schema(description = "The customer's answers, answer i replying to question i") List<String> answers) {

    public PreviewRequest {
        images = images == null ? List.of() : images;
        mediaIds = mediaIds == null ? List.of() : mediaIds;
        askedQuestions = askedQuestions == null ? List.of() : askedQuestions;
        answers = answers == null ? List.of() : answers;
    }
}
