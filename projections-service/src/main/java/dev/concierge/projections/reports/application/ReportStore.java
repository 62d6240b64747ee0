package dev.concierge.projections.reports.application;

import dev.concierge.projections.reports.domain.StoredReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Where the reports are kept, one per day. */
public interface ReportStore {

    /** Keeps a newly made report of the day, replacing any earlier one, as the next generation (not yet notified). */
    StoredReport save(LocalDate day, String csv, byte[] pdf, Instant generatedAt);

    Optional<StoredReport> find(LocalDate day);

    /** Records that the Notify of this generation was sent. */
    void markNotified(LocalDate day, int generation);
}
