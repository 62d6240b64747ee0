package dev.concierge.projections.reports.application;

import dev.concierge.projections.reports.domain.DailyReport;
import dev.concierge.projections.reports.domain.StoredReport;

/** Tells the admins a report is ready, with the files attached; sending the same generation twice notifies once. */
public interface ReportNotices {

    void send(StoredReport stored, DailyReport report);
}
