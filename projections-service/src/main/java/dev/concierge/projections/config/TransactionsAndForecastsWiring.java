package dev.concierge.projections.config;

import com.mongodb.MongoException;
import dev.concierge.projections.analytics.persistence.MongoRequestMetrics;
import dev.concierge.projections.forecasts.application.Forecasts;
import dev.concierge.projections.forecasts.messaging.ForecastRecords;
import dev.concierge.projections.forecasts.persistence.MongoForecasts;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.transactions.application.TransactionReading;
import dev.concierge.projections.transactions.messaging.TransactionRecords;
import dev.concierge.projections.transactions.persistence.MongoTransactions;
import dev.concierge.schemas.envelope.EventCodec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Wires {@code transactions} (a customer's are those of their requests, known from
 * {@code request_metrics}) and {@code forecasts}: live sinks and reading sides on the database the
 * read models are in now.
 */
@ApplicationScoped
public class TransactionsAndForecastsWiring {

    private static final Logger LOG = Logger.getLogger(TransactionsAndForecastsWiring.class);

    @Produces
    @Singleton
    TransactionsProjector transactionsProjector(EventCodec codec) {
        return new TransactionsProjector(codec);
    }

    @Produces
    @Singleton
    TransactionRecords liveTransactionRecords(TransactionsProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    TransactionReading transactionReading(ReadModelDatabase database) {
        MongoRequestMetrics metrics = new MongoRequestMetrics(database);
        return new TransactionReading(new MongoTransactions(database), metrics::requestIdsOf);
    }

    @Produces
    @Singleton
    ForecastsProjector forecastsProjector(EventCodec codec) {
        return new ForecastsProjector(codec);
    }

    @Produces
    @Singleton
    ForecastRecords liveForecastRecords(ForecastsProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    Forecasts forecasts(ReadModelDatabase database, EventCodec codec) {
        return new MongoForecasts(database, codec.mapper());
    }

    void declareIndexes(@Observes StartupEvent started, TransactionsProjector transactions, ReadModelDatabase database) {
        try {
            transactions.declareIndexes(database.get());
        } catch (MongoException unreachable) {
            // the service still starts (readiness says MongoDB is DOWN); the indexes only speed up reads
            LOG.warnf("transactions indexes not declared yet, MongoDB did not answer: %s", unreachable.getMessage());
        }
    }
}
