package dev.concierge.projections.analytics.persistence;

import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import dev.concierge.projections.analytics.domain.RequestMetrics;
import dev.concierge.projections.analytics.domain.RequestMetrics.Amount;
import dev.concierge.projections.analytics.domain.RequestMetrics.Dated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/** A {@code request_metrics} document as {@link RequestMetrics}. */
final class MetricRows {

    private MetricRows() {
    }

    static RequestMetrics fromRow(Document row) {
        Map<Milestone, Instant> firsts = new EnumMap<>(Milestone.class);
        Document stored = row.get("firsts", Document.class);
        if (stored != null) {
            for (Milestone milestone : Milestone.values()) {
                Date at = stored.getDate(milestone.name());
                if (at != null) {
                    firsts.put(milestone, at.toInstant());
                }
            }
        }
        Date createdAt = row.getDate("createdAt");
        return new RequestMetrics(row.getString("_id"), row.getString("customerId"),
                createdAt != null ? createdAt.toInstant() : null, row.getString("categoryHint"),
                list(row, "categories", d -> new Dated<>(instant(d), d.getString("value"))), firsts,
                list(row, "captures", MetricRows::amount), list(row, "refunds", MetricRows::amount),
                list(row, "slaBreaches", d -> d).size(),
                list(row, "ratings", d -> new Dated<>(instant(d), d.getInteger("value"))));
    }

    private static Amount amount(Document row) {
        return new Amount(row.getString("id"), row.getLong("minor"), row.getString("currency"), instant(row));
    }

    private static Instant instant(Document row) {
        return row.getDate("at").toInstant();
    }

    private static <T> List<T> list(Document row, String field, Function<Document, T> read) {
        List<T> values = new ArrayList<>();
        for (Document element : row.getList(field, Document.class, List.of())) {
            values.add(read.apply(element));
        }
        return values;
    }
}
