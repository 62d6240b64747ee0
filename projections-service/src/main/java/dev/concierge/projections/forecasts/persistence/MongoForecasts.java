package dev.concierge.projections.forecasts.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.concierge.projections.forecasts.application.Forecasts;
import dev.concierge.projections.readmodel.MongoWrites;
import dev.concierge.schemas.forecasts.DemandForecast;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Collection {@code forecasts}, {@code _id} the category: the forecast as JSON and its
 * {@code generatedAt}. The replace matches only an older one, and when a same-or-newer one is kept the
 * upsert's insert collides with its {@code _id}, which counts as "already done".
 */
public final class MongoForecasts implements Forecasts {

    static final String COLLECTION = "forecasts";
    private static final JsonWriterSettings PLAIN_JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final Supplier<MongoDatabase> database;
    private final ObjectMapper json;

    /** @param database asked on every operation, so a rebuild's switch takes effect at once */
    public MongoForecasts(Supplier<MongoDatabase> database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public void keep(DemandForecast forecast) {
        Date generatedAt = Date.from(forecast.generatedAt());
        Document row = new Document("_id", forecast.category()).append("generatedAt", generatedAt)
                .append("forecast", Document.parse(write(forecast)));
        try {
            collection().replaceOne(Filters.and(Filters.eq("_id", forecast.category()),
                    Filters.lt("generatedAt", generatedAt)), row, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!MongoWrites.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    @Override
    public void forget(String category) {
        collection().deleteOne(Filters.eq("_id", category));
    }

    @Override
    public List<DemandForecast> list(String category) {
        List<DemandForecast> found = new ArrayList<>();
        for (Document row : collection().find(category == null ? new Document() : Filters.eq("_id", category))
                .sort(Sorts.ascending("_id"))) {
            try {
                found.add(json.readValue(row.get("forecast", Document.class).toJson(PLAIN_JSON), DemandForecast.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored forecast of " + row.get("_id") + " cannot be read", e);
            }
        }
        return found;
    }

    private String write(DemandForecast forecast) {
        try {
            return json.writeValueAsString(forecast);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("forecast of " + forecast.category() + " cannot be written", e);
        }
    }

    private MongoCollection<Document> collection() {
        return database.get().getCollection(COLLECTION);
    }
}
