package dev.concierge.projections.reports.scheduling;

import dev.concierge.projections.reports.application.DailyReports;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Makes yesterday's report (the business time zone's) soon after midnight there: every
 * {@code concierge.reports.check-every} it makes sure the last complete day has a report whose email
 * went out. Checking often instead of once at a fixed time needs no time zone in the schedule and
 * catches up after the service was down; a day with its report notified is not touched again.
 */
@ApplicationScoped
public class DailyReportJob {

    private static final Logger LOG = Logger.getLogger(DailyReportJob.class);

    private final DailyReports reports;

    DailyReportJob(DailyReports reports) {
        this.reports = reports;
    }

    @Scheduled(every = "{concierge.reports.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void makeYesterdaysReport() {
        try {
            var report = reports.ensure(reports.yesterday());
            LOG.debugf("daily report of %s: generation %d, notified", report.day(), report.generation());
        } catch (RuntimeException e) {
            // the next check tries again; the report and its Notify are idempotent
            LOG.warnf(e, "daily report of %s not made yet", reports.yesterday());
        }
    }
}
