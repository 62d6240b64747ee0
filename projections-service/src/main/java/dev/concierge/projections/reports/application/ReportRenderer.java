package dev.concierge.projections.reports.application;

import dev.concierge.projections.reports.domain.DailyReport;

/** Draws a report as a PDF. */
@FunctionalInterface
public interface ReportRenderer {

    byte[] pdf(DailyReport report);
}
