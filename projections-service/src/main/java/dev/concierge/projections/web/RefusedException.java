package dev.concierge.projections.web;

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

    /** 400 naming the query parameter at fault. */
    public static RefusedException badParameter(String parameter, String detail) {
        return new RefusedException(400, "bad-parameter", "Bad parameter", detail, parameter);
    }

    Problem problem(String instance) {
        Problem problem = Problem.of(slug, title, status, getMessage(), instance);
        return field != null ? problem.withError(field, getMessage()) : problem;
    }
}
