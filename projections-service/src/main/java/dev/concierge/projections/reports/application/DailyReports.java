package dev.concierge.projections.reports.application;

import dev.concierge.projections.analytics.application.AnalyticsReading;
import dev.concierge.projections.reports.domain.DailyReport;
import dev.concierge.projections.reports.domain.ReportCsv;
import dev.concierge.projections.reports.domain.StoredReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Makes a day's report from the same analytics query the API answers ({@link AnalyticsReading#daily}),
 * keeps it as CSV and PDF, and sends it to the admins. A report is derivable at any time, so making it
 * again simply replaces it (a new generation, a new notification).
 */
public final class DailyReports {

    private final AnalyticsReading analytics;
    private final ReportRenderer renderer;
    private final ReportStore store;
    private final ReportNotices notices;
    private final Clock clock;

    public DailyReports(AnalyticsReading analytics, ReportRenderer renderer, ReportStore store, ReportNotices notices,
            Clock clock) {
        this.analytics = analytics;
        this.renderer = renderer;
        this.store = store;
        this.notices = notices;
        this.clock = clock;
    }

    /** Makes the day's report now (again, when there is one) and notifies the admins of it. */
    public StoredReport generate(LocalDate day) {
        DailyReport report = report(day);
        StoredReport stored = store.save(day, ReportCsv.render(report), renderer.pdf(report), clock.instant());
        return notify(stored, report);
    }

    /**
     * The scheduled job's step: makes the day's report only when there is none, and finishes the
     * notification of one whose Notify was not sent yet (under the same key, so a send that did reach
     * Kafka before a crash is still delivered once).
     */
    public StoredReport ensure(LocalDate day) {
        Optional<StoredReport> kept = store.find(day);
        if (kept.isEmpty()) {
            return generate(day);
        }
        return kept.get().notified() ? kept.get() : notify(kept.get(), report(day));
    }

    public Optional<StoredReport> find(LocalDate day) {
        return store.find(day);
    }

    /** The day before today in the business time zone: the last complete day. */
    public LocalDate yesterday() {
        return analytics.days().dayOf(clock.instant()).minusDays(1);
    }

    private DailyReport report(LocalDate day) {
        return DailyReport.of(analytics.daily(day, day).get(0), analytics.days().zone().getId());
    }

    private StoredReport notify(StoredReport stored, DailyReport report) {
        notices.send(stored, report);
        store.markNotified(stored.day(), stored.generation());
        return new StoredReport(stored.day(), stored.generation(), stored.csv(), stored.pdf(), stored.generatedAt(), true);
    }
}
