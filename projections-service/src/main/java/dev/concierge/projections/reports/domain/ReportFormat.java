package dev.concierge.projections.reports.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two forms a report is kept in. */
public enum ReportFormat {
    CSV("csv", "text/csv"),
    PDF("pdf", "application/pdf");

    private final String parameter;
    private final String mediaType;

    ReportFormat(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    /** As named in {@code ?format=}. */
    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> ofParameter(String value) {
        return Arrays.stream(values()).filter(format -> format.parameter.equalsIgnoreCase(value)).findFirst();
    }
}
