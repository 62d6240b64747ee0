package dev.concierge.enrichment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import dev.concierge.enrichment.market.domain.MarketKnowledge;
import dev.concierge.enrichment.market.mongo.MongoMarketStore;
import dev.concierge.enrichment.photo.domain.ImageDecoder;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.ingest.IngestMediaSource;
import dev.concierge.enrichment.photo.tesseract.TesseractTextRecogniser;
import dev.concierge.enrichment.photo.zxing.ZxingBarcodeReader;
import dev.concierge.enrichment.text.LocalTextModel;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real MongoDB driver against a port nobody listens on: the analysis goes on without the market. */
class MarketUnavailableTest {

    @Test
    void with_mongodb_away_the_request_is_still_analysed_without_price_or_matches_and_degraded_with_the_reason()
            throws IOException {
        try (MongoClient away = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + closedPort()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .build())) {
            RequestEnrichment enrichment = new RequestEnrichment(LocalTextModel.pipeline(), photosNeverAsked(),
                    LocalTextModel.withoutLanguageModel(), new MarketKnowledge(new MongoMarketStore(away.getDatabase("market")), LocalTextModel.embedder()));

            EnrichmentCompleted completed = enrichment.analyse(
                    new AnalyzeRequest("req_1", 1, "need 2 packets amul taaza 500ml", List.of(), null, List.of()));

            assertThat(completed.category()).isEqualTo("dairy");
            assertThat(completed.specs()).containsEntry("volume", "500 ml");
            assertThat(completed.priceHint()).isNull();
            assertThat(completed.priceEstimate()).isNull();
            assertThat(completed.matches()).isEmpty();
            assertThat(completed.degraded()).isTrue();
            assertThat(completed.degradedReasons())
                    .containsExactly("price hint and matches not looked up: MongoTimeoutException");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The request has no photos, so none of these is called. */
    private static PhotoReader photosNeverAsked() {
        return new PhotoReader(new IngestMediaSource("http://127.0.0.1:9", MediaLinkSigner.fromBase64Key(
                "ZGV2LW9ubHktbWVkaWEtbGluay1rZXktMzItYnl0ZXMhIQ=="), Duration.ofSeconds(1), 1024, Clock.systemUTC()),
                new ImageDecoder(1_000_000), new ZxingBarcodeReader(), new TesseractTextRecogniser("/nonexistent", "eng"));
    }
}
