package dev.concierge.enrichment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.market.MarketFacts;
import dev.concierge.enrichment.market.MarketFacts.Fact;
import dev.concierge.enrichment.market.domain.MarketLookup;
import dev.concierge.enrichment.market.domain.MarketStore;
import dev.concierge.enrichment.market.domain.MarketView;
import dev.concierge.enrichment.market.domain.ProductQuery;
import dev.concierge.enrichment.market.domain.SourcedRequest;
import dev.concierge.enrichment.market.forecast.DemandForecastSchedule;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.enrichment.PriceEstimate;
import dev.concierge.schemas.enrichment.ProductMatch;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.forecasts.DemandForecast;
import dev.concierge.schemas.forecasts.DemandForecast.HourlyDemand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import dev.concierge.schemas.taxonomy.Taxonomy;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The market end to end on the test kit's broker and MongoDB-wire server: facts on
 * {@code requests.events} as the request processor writes them, the worker's answer on
 * {@code enrichment.results}, its forecasts on {@code forecasts.demand}.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MarketEnrichmentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PROCESSOR = "request-stream-processor";

    private final EnrichmentTopics topics = new EnrichmentTopics();

    @Inject
    MarketStore store;
    @Inject
    MarketLookup market;
    @Inject
    DemandForecastSchedule forecasts;

    @BeforeEach
    void the_market_consumer_reads_requests_events() {
        // the group starts at the end of the shared topic (it holds other tests' records): seed only once it reads
        String probeId = MarketFacts.newRequestId();
        byte[] probe = encoded(UUID.randomUUID().toString(), Instant.now().minus(Duration.ofDays(200)),
                MarketFacts.created(probeId, null));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (store.request(probeId).isEmpty() && System.nanoTime() < deadline) {
            topics.publishBytes(Topics.REQUESTS_EVENTS.name(), probeId, probe);
            eventually(() -> store.request(probeId), Duration.ofSeconds(2));
        }
        assertThat(store.request(probeId)).as("the market consumer reads requests.events").isPresent();
    }

    @Test
    void after_a_history_of_accepted_quotes_a_request_for_the_same_product_gets_a_price_hint_with_its_sample_and_the_stores_that_had_it() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minus(Duration.ofDays(3));
        long[] paise = {3000, 3400, 5000, 3200};
        for (int i = 0; i < paise.length; i++) {
            seed(MarketFacts.sourcedAndAccepted(MarketFacts.newRequestId(), start.plus(Duration.ofHours(i)), "dairy",
                    "milk", "Amul", "Amul Shakti milk", "sto_" + run + "_" + i, paise[i]));
        }
        String requestId = MarketFacts.newRequestId();

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "amul shakti milk 1 litre chahiye", List.of(), null, List.of()));

        EnrichmentCompleted completed = resultOf(requestId);
        // sorted 3000 3200 3400 5000: median 3300, quartiles by linear interpolation 3150 and 3800
        assertThat(completed.priceEstimate()).isEqualTo(new PriceEstimate(Money.inr(3300), Money.inr(3150),
                Money.inr(3800), 4, "product", "Amul Shakti milk"));
        assertThat(completed.priceHint()).isEqualTo(Money.inr(3300));
        ProductMatch match = completed.matches().get(0);
        assertThat(match.productId()).isEqualTo("amul-shakti-milk");
        assertThat(match.storeIds()).containsExactly("sto_" + run + "_3", "sto_" + run + "_2", "sto_" + run + "_1",
                "sto_" + run + "_0");
        assertThat(match.timesSourced()).isEqualTo(4);
        assertThat(match.lastPrice()).isEqualTo(Money.inr(3200));
        assertThat(completed.degraded()).isFalse();
    }

    @Test
    void the_same_facts_delivered_again_change_nothing() {
        String requestId = MarketFacts.newRequestId();
        List<byte[]> records = MarketFacts.sourcedAndAccepted(requestId, Instant.now().minus(Duration.ofDays(2)),
                "dairy", "milk", "Amul", "Amul Moti milk", "sto_moti", 2900).stream()
                .map(fact -> encoded(UUID.randomUUID().toString(), fact.time(), fact.event())).toList();
        records.forEach(record -> topics.publishBytes(Topics.REQUESTS_EVENTS.name(), requestId, record));
        eventually(() -> store.request(requestId).map(SourcedRequest::accepted), PATIENCE).orElseThrow();
        MarketView before = lookUpMoti();
        SourcedRequest stored = store.request(requestId).orElseThrow();

        records.forEach(record -> topics.publishBytes(Topics.REQUESTS_EVENTS.name(), requestId, record));
        // behind the duplicates on the same partition: once it is stored, they have been read
        topics.publish(Topics.REQUESTS_EVENTS.name(), requestId,
                new StoreQuoteReceived(requestId, "sto_after", true, Money.inr(2950), null));
        eventually(() -> store.request(requestId).filter(request -> request.stores().size() == 2), PATIENCE).orElseThrow();

        MarketView after = lookUpMoti();
        assertThat(after.priceEstimate()).isEqualTo(before.priceEstimate());
        assertThat(after.priceEstimate().orElseThrow().sampleSize()).isEqualTo(1);
        assertThat(after.matches().get(0).timesSourced()).isEqualTo(before.matches().get(0).timesSourced()).isEqualTo(1);
        assertThat(after.matches().get(0).storeIds()).containsExactly("sto_after", "sto_moti");
        assertThat(store.request(requestId).orElseThrow().quotes()).isEqualTo(stored.quotes());
    }

    @Test
    void a_forecast_run_puts_a_forecast_for_every_taxonomy_category_on_forecasts_demand_with_the_counted_hours() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(30));
        List<String> seeded = List.of(MarketFacts.newRequestId(), MarketFacts.newRequestId(), MarketFacts.newRequestId());
        for (String requestId : seeded) {
            topics.publishBytes(Topics.REQUESTS_EVENTS.name(), requestId, encoded(UUID.randomUUID().toString(),
                    hour.plus(Duration.ofMinutes(10)), MarketFacts.created(requestId, "pet-supplies")));
        }
        seeded.forEach(requestId -> eventually(() -> store.request(requestId), PATIENCE).orElseThrow());
        Instant runStart = Instant.now();

        int published = forecasts.publish();

        assertThat(published).isEqualTo(Taxonomy.standard().categoryIds().size());
        for (String category : Taxonomy.standard().categoryIds()) {
            DemandForecast forecast = forecastOf(category, runStart);
            assertThat(forecast.forecast()).hasSize(24);
            assertThat(forecast.method()).isIn("holt-winters-additive-24h", "seasonal-naive-24h", "mean");
        }
        assertThat(forecastOf("pet-supplies", runStart).recent()).contains(new HourlyDemand(hour, 3));
    }

    @Test
    void a_record_that_is_no_event_goes_to_the_dlq_while_an_event_type_this_build_does_not_know_is_skipped() {
        String poisonKey = MarketFacts.newRequestId();
        String newerKey = MarketFacts.newRequestId();
        topics.publishBytes(Topics.REQUESTS_EVENTS.name(), poisonKey, "{not json".getBytes(StandardCharsets.UTF_8));
        topics.publishBytes(Topics.REQUESTS_EVENTS.name(), newerKey, eventOfANewerType(newerKey));
        topics.publish(Topics.REQUESTS_EVENTS.name(), newerKey, MarketFacts.created(newerKey, "grocery"));

        ConsumerRecord<String, byte[]> dead = topics.awaitRecord(Topics.REQUESTS_EVENTS.dlqName(), poisonKey, record -> true);
        assertThat(EnrichmentTopics.header(dead, "dead-letter-reason")).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("not valid JSON"));
        assertThat(eventually(() -> store.request(newerKey), PATIENCE)).isPresent();
        assertThat(topics.recordsNow(Topics.REQUESTS_EVENTS.dlqName(), newerKey)).isEmpty();
    }

    private MarketView lookUpMoti() {
        return market.lookup(new ProductQuery("dairy", "milk", "Amul", "Amul Moti milk", "amul moti"));
    }

    /** Publishes a request's facts and waits until the market has its accepted quote. */
    private void seed(List<Fact> facts) {
        String requestId = facts.get(0).event().requestId();
        for (Fact fact : facts) {
            topics.publishBytes(Topics.REQUESTS_EVENTS.name(), requestId,
                    encoded(UUID.randomUUID().toString(), fact.time(), fact.event()));
        }
        eventually(() -> store.request(requestId).map(SourcedRequest::accepted), PATIENCE).orElseThrow();
    }

    private byte[] encoded(String eventId, Instant time, RequestEvent event) {
        return topics.codec().encode(CloudEvent.of(eventId, PROCESSOR, time, event.requestId(), event));
    }

    /** A CloudEvent of a type added to requests.events after this build. */
    private byte[] eventOfANewerType(String requestId) {
        var mapper = topics.codec().mapper();
        var event = mapper.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("type", "concierge.request.gift-wrapped.v1").put("source", PROCESSOR)
                .put("time", Instant.now().toString()).put("subject", requestId)
                .put("datacontenttype", "application/json");
        event.putObject("data").put("requestId", requestId).put("paper", "red");
        try {
            return mapper.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private EnrichmentCompleted resultOf(String requestId) {
        ConsumerRecord<String, byte[]> record = topics.awaitRecord(Topics.ENRICHMENT_RESULTS.name(), requestId, any -> true);
        return (EnrichmentCompleted) topics.codec().decode(record.value(), Topics.ENRICHMENT_RESULTS).data();
    }

    private DemandForecast forecastOf(String category, Instant notBefore) {
        ConsumerRecord<String, byte[]> record = topics.awaitRecord(Topics.FORECASTS_DEMAND.name(), category,
                candidate -> !topics.codec().decode(candidate.value(), Topics.FORECASTS_DEMAND).data().generatedAt()
                        .isBefore(notBefore));
        return topics.codec().decode(record.value(), Topics.FORECASTS_DEMAND).data();
    }

    /** What {@code probe} finds within {@code patience}, polled every 100 ms; empty if nothing by then. */
    private static <T> Optional<T> eventually(Supplier<Optional<T>> probe, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<T> found = probe.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            found = probe.get();
        }
        return found;
    }
}
