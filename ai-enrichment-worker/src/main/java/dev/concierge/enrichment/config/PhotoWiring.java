package dev.concierge.enrichment.config;

import dev.concierge.enrichment.photo.domain.BarcodeReader;
import dev.concierge.enrichment.photo.domain.ImageDecoder;
import dev.concierge.enrichment.photo.domain.MediaSource;
import dev.concierge.enrichment.photo.domain.PhotoAnnotator;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.domain.TextRecogniser;
import dev.concierge.enrichment.photo.ingest.IngestMediaSource;
import dev.concierge.enrichment.photo.tesseract.TesseractTextRecogniser;
import dev.concierge.enrichment.photo.zxing.ZxingBarcodeReader;
import dev.concierge.schemas.media.MediaLinkSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The local photo provider: photos from ingest-api's signed links, barcodes with ZXing, OCR with Tesseract. */
@ApplicationScoped
public class PhotoWiring {

    @Produces
    @Singleton
    PhotoReader photoReader(MediaSource media, BarcodeReader barcodes, TextRecogniser ocr, PhotoAnnotator vision,
            @ConfigProperty(name = "concierge.photos.max-pixels") long maxPixels) {
        return new PhotoReader(media, new ImageDecoder(maxPixels), barcodes, ocr, vision);
    }

    @Produces
    @Singleton
    MediaSource mediaSource(@ConfigProperty(name = "concierge.ingest.base-url") String baseUrl,
            @ConfigProperty(name = "concierge.media-links.key") String key,
            @ConfigProperty(name = "concierge.ingest.timeout") Duration timeout,
            @ConfigProperty(name = "concierge.photos.max-bytes") long maxBytes) {
        return new IngestMediaSource(baseUrl, MediaLinkSigner.fromBase64Key(key), timeout, maxBytes, Clock.systemUTC());
    }

    @Produces
    @Singleton
    BarcodeReader barcodeReader() {
        return new ZxingBarcodeReader();
    }

    /** Probes Tesseract once; {@link PhotoProvidersCheck} reports the outcome in the log and health. */
    @Produces
    @Singleton
    TextRecogniser textRecogniser(@ConfigProperty(name = "concierge.ocr.datapath") String datapath,
            @ConfigProperty(name = "concierge.ocr.language") String language) {
        return new TesseractTextRecogniser(datapath, language);
    }
}
