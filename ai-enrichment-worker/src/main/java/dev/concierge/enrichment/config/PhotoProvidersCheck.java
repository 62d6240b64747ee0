package dev.concierge.enrichment.config;

import dev.concierge.enrichment.photo.domain.BarcodeReader;
import dev.concierge.enrichment.photo.domain.TextRecogniser;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Says which photo providers run: once in the log at start-up and in {@code /q/health} as the
 * {@code photo-providers} check. OCR that is unavailable is not a fault (photos are still read for
 * barcodes and results say they are degraded), so the check is always UP and names the reason.
 */
@Readiness
@ApplicationScoped
public class PhotoProvidersCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(PhotoProvidersCheck.class);

    private final BarcodeReader barcodes;
    private final TextRecogniser ocr;

    PhotoProvidersCheck(BarcodeReader barcodes, TextRecogniser ocr) {
        this.barcodes = barcodes;
        this.ocr = ocr;
    }

    void logProviders(@Observes StartupEvent started) {
        ocr.unavailableReason().ifPresentOrElse(
                reason -> LOG.warnf("photos: barcodes with %s; %s", barcodes.provider(), reason),
                () -> LOG.infof("photos: barcodes with %s, text with %s", barcodes.provider(), ocr.provider()));
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("photo-providers").up()
                .withData("barcodes", barcodes.provider())
                .withData("ocr", ocr.unavailableReason().orElse(ocr.provider()))
                .build();
    }
}
