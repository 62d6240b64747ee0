package dev.concierge.projections.reports.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day's report as kept: its {@code generation} counts the times it was made (1 for the first), so
 * each one has its own notification; {@code notified} says the admins' Notify of this generation was sent.
 */
public record StoredReport(LocalDate day, int generation, String csv, byte[] pdf, Instant generatedAt,
        boolean notified) {

    /** The idempotency key of this generation's Notify: a retried send is delivered once. */
    public String notificationKey() {
        return "daily-report:" + day + ":" + generation;
    }

    public byte[] content(ReportFormat format) {
        return format == ReportFormat.PDF ? pdf : csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
