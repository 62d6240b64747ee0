package dev.concierge.projections.reports.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.reports.application.ReportStore;
import dev.concierge.projections.reports.domain.StoredReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Collection {@code reports}, {@code _id} the day ({@code 2026-11-30}): the CSV as text, the PDF as
 * binary (a day's report is a few kilobytes, far below a document's 16 MB), its generation and whether
 * that generation's Notify went out. Kept with the read models: a rebuild's fresh database starts without
 * reports, and any day's can be made again from the analytics.
 */
public final class MongoReports implements ReportStore {

    static final String COLLECTION = "reports";

    private final Supplier<MongoDatabase> database;

    public MongoReports(Supplier<MongoDatabase> database) {
        this.database = database;
    }

    @Override
    public StoredReport save(LocalDate day, String csv, byte[] pdf, Instant generatedAt) {
        // one atomic step: concurrent generations of a day each get their own number
        Document saved = collection().findOneAndUpdate(Filters.eq("_id", day.toString()),
                Updates.combine(Updates.inc("generation", 1), Updates.set("csv", csv), Updates.set("pdf", new Binary(pdf)),
                        Updates.set("generatedAt", Date.from(generatedAt)), Updates.set("notified", false)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return read(saved);
    }

    @Override
    public Optional<StoredReport> find(LocalDate day) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", day.toString())).first()).map(MongoReports::read);
    }

    @Override
    public void markNotified(LocalDate day, int generation) {
        // a newer generation made meanwhile keeps its own flag
        collection().updateOne(Filters.and(Filters.eq("_id", day.toString()), Filters.eq("generation", generation)),
                Updates.set("notified", true));
    }

    private static StoredReport read(Document row) {
        return new StoredReport(LocalDate.parse(row.getString("_id")), row.getInteger("generation"),
                row.getString("csv"), row.get("pdf", Binary.class).getData(), row.getDate("generatedAt").toInstant(),
                row.getBoolean("notified", false));
    }

    private MongoCollection<Document> collection() {
        return database.get().getCollection(COLLECTION);
    }
}
