package dev.concierge.enrichment.preview;

import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.taxonomy.Category;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A preview body checked and turned into the command the worker would receive: the images decoded
 * in memory under the ids {@code upload-1}, {@code upload-2} … (listed before the body's media ids),
 * or the first thing wrong with it, naming the field.
 */
record PreviewInput(AnalyzeRequest command, Map<String, byte[]> uploads) {

    static final String REQUEST_ID = "preview";
    static final String UPLOAD_PREFIX = "upload-";

    private static final Pattern DATA_URL = Pattern.compile("^data:[^,;]*;base64,");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern RESERVED_ID = Pattern.compile(Pattern.quote(UPLOAD_PREFIX) + "\\d+");

    /** How many images one preview may carry and how many bytes they may have together, decoded. */
    record Limits(int maxImages, long maxImageBytes) {
    }

    static PreviewInput from(PreviewRequest body, Limits limits) {
        if (body == null) {
            throw PreviewRefused.invalid("body", "a JSON body with text, images or mediaIds is required");
        }
        Map<String, byte[]> uploads = decode(body.images(), limits);
        checkMediaIds(body.mediaIds());
        noneMissing("askedQuestions", body.askedQuestions());
        noneMissing("answers", body.answers());
        if (isBlank(body.text()) && uploads.isEmpty() && body.mediaIds().isEmpty()) {
            throw PreviewRefused.invalid("text", "text, images or mediaIds is required; all are missing");
        }
        if (body.categoryHint() != null && !Taxonomy.standard().contains(body.categoryHint())) {
            throw PreviewRefused.invalid("categoryHint", "'" + body.categoryHint()
                    + "' is not a category of the taxonomy; one of " + Taxonomy.standard().categories().stream()
                            .map(Category::id).toList());
        }
        List<String> mediaIds = new ArrayList<>(uploads.keySet());
        mediaIds.addAll(body.mediaIds());
        return new PreviewInput(new AnalyzeRequest(REQUEST_ID, 1, body.text(), mediaIds, body.categoryHint(),
                body.answers(), body.askedQuestions()), uploads);
    }

    private static Map<String, byte[]> decode(List<String> images, Limits limits) {
        if (images.size() > limits.maxImages()) {
            throw PreviewRefused.invalid("images", "at most " + limits.maxImages() + " images, got " + images.size());
        }
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < images.size(); i++) {
            String field = "images[" + i + "]";
            String base64 = images.get(i) == null ? "" : WHITESPACE.matcher(DATA_URL.matcher(images.get(i))
                    .replaceFirst("")).replaceAll("");
            // three bytes per four characters: refuse what cannot fit before decoding it
            if (total + base64.length() / 4 * 3 - 2 > limits.maxImageBytes()) {
                throw tooLarge(limits);
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw PreviewRefused.invalid(field, "is not valid base64 (" + e.getMessage() + ")");
            }
            if (bytes.length == 0) {
                throw PreviewRefused.invalid(field, "is empty; an image as base64 is expected");
            }
            total += bytes.length;
            if (total > limits.maxImageBytes()) {
                throw tooLarge(limits);
            }
            uploads.put(UPLOAD_PREFIX + (i + 1), bytes);
        }
        return uploads;
    }

    private static PreviewRefused tooLarge(Limits limits) {
        return PreviewRefused.tooLarge("images", "the images may have " + limits.maxImageBytes()
                + " bytes together, decoded (" + limits.maxImageBytes() / (1024 * 1024) + " MB)");
    }

    private static void checkMediaIds(List<String> mediaIds) {
        for (int i = 0; i < mediaIds.size(); i++) {
            String id = mediaIds.get(i);
            if (isBlank(id)) {
                throw PreviewRefused.invalid("mediaIds[" + i + "]", "is blank; a media id of ingest-api is expected");
            }
            if (RESERVED_ID.matcher(id).matches()) {
                throw PreviewRefused.invalid("mediaIds[" + i + "]", "'" + id + "' names an uploaded image; "
                        + "send the image in images instead");
            }
        }
    }

    /** A list of texts may hold empty ones (a customer may answer nothing), but no nulls. */
    private static void noneMissing(String field, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw PreviewRefused.invalid(field + "[" + i + "]", "is null; a text is expected");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
