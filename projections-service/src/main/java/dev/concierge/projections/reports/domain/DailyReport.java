package dev.concierge.projections.reports.domain;

import dev.concierge.projections.analytics.domain.DailyFigures;
import dev.concierge.projections.analytics.domain.Figures;
import java.time.LocalDate;
import java.util.Map;

/**
 * The operations and financial report of one day: the analytics' figures of the requests created
 * that day, in total and per category, exactly as {@code GET /v1/analytics/daily} answers them.
 */
public record DailyReport(LocalDate day, String zone, Figures total, Map<String, Figures> byCategory) {

    public DailyReport {
        byCategory = Map.copyOf(byCategory);
    }

    public static DailyReport of(DailyFigures figures, String zone) {
        return new DailyReport(figures.day(), zone, figures.total(), figures.byCategory());
    }
}
