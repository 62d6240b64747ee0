package dev.concierge.payments.web;

/** An endpoint's own refusal, answered as this problem (the instance filled in by the mapper). */
public class RefusedException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;
    private final String field;

    public RefusedException(int status, String slug, String title, String detail, String field) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.field = field;
    }

    /** 404 that says nothing about whether the thing exists for someone else. */
    public static RefusedException notFound(String detail) {
        return new RefusedException(404, "not-found", "Not found", detail, null);
    }

    Problem problem(String instance) {
        Problem problem = Problem.of(slug, title, status, getMessage(), instance);
        return field != null ? problem.withError(field, getMessage()) : problem;
    }
}
