package dev.concierge.enrichment.analysis.application;

import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentFailed;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers an {@code AnalyzeRequest} with a result, never an exception: {@code EnrichmentCompleted},
 * or {@code EnrichmentFailed} when the analysis broke (retryable: the same command may work once the
 * fault is fixed, e.g. a model that could not load) or the request holds nothing to analyse (not
 * retryable: no text, no answers, and no photo that yielded text, a barcode or a label). Either way
 * the request processor moves on at once instead of waiting for its enrichment timer.
 */
public final class AnalyzeRequestHandler {

    // the JDK's logger: this layer stays free of frameworks, and Quarkus routes it to its own log
    private static final System.Logger LOG = System.getLogger(AnalyzeRequestHandler.class.getName());

    private final Supplier<RequestEnrichment> enrichment;

    /** {@code enrichment} is asked on every command, so a model that failed to load is tried again on the next. */
    public AnalyzeRequestHandler(Supplier<RequestEnrichment> enrichment) {
        this.enrichment = enrichment;
    }

    public EnrichmentResult answer(AnalyzeRequest command) {
        return answer(command, Map.of());
    }

    /** With images uploaded alongside the command, read from memory under their ids in {@code mediaIds}. */
    public EnrichmentResult answer(AnalyzeRequest command, Map<String, byte[]> uploads) {
        EnrichmentCompleted completed;
        try {
            completed = enrichment.get().analyse(command, uploads);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError too: a model runtime whose classes or native library cannot load fails that way
            LOG.log(System.Logger.Level.ERROR, "analysis of request " + command.requestId() + " (attempt "
                    + command.attempt() + ") failed unexpectedly", e);
            return new EnrichmentFailed(command.requestId(), command.attempt(),
                    "analysis failed unexpectedly: " + describe(e), true);
        }
        if (nothingWasSaid(command) && nothingWasSeen(completed)) {
            return new EnrichmentFailed(command.requestId(), command.attempt(), nothingToAnalyse(command, completed),
                    false);
        }
        return completed;
    }

    private static boolean nothingWasSaid(AnalyzeRequest command) {
        return isBlank(command.text()) && command.answers().stream().allMatch(AnalyzeRequestHandler::isBlank);
    }

    private static boolean nothingWasSeen(EnrichmentCompleted completed) {
        return isBlank(completed.photoText()) && completed.barcodes().isEmpty() && completed.photoLabels().isEmpty();
    }

    private static String nothingToAnalyse(AnalyzeRequest command, EnrichmentCompleted completed) {
        if (command.mediaIds().isEmpty()) {
            return "nothing to analyse: the request has no text and no photo";
        }
        return completed.degradedReasons().isEmpty()
                ? "nothing to analyse: the request has no text and its photos show no text, barcode or label"
                : "nothing to analyse: the request has no text and no photo could be read ("
                        + String.join("; ", completed.degradedReasons()) + ")";
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
