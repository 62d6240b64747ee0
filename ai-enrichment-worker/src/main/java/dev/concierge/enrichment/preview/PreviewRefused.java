package dev.concierge.enrichment.preview;

/** A preview that cannot be run as asked, answered as this problem naming {@code field} (the instance filled in by the mapper). */
final class PreviewRefused extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String field;

    private PreviewRefused(int status, String slug, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
    }

    static PreviewRefused invalid(String field, String detail) {
        return new PreviewRefused(400, "invalid-input", "The request has invalid fields", field, detail);
    }

    static PreviewRefused tooLarge(String field, String detail) {
        return new PreviewRefused(413, "payload-too-large", "The images are too large", field, detail);
    }

    static PreviewRefused nothingToAnalyse(String field, String detail) {
        return new PreviewRefused(422, "nothing-to-analyse", "There is nothing to analyse", field, detail);
    }

    static PreviewRefused analysisFailed(String detail) {
        return new PreviewRefused(503, "analysis-failed", "The analysis failed", null, detail);
    }

    Problem problem(String instance) {
        Problem problem = Problem.of(slug, title, status, getMessage(), instance);
        return field == null ? problem : problem.naming(field);
    }
}
