package dev.concierge.enrichment.photo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.photo.domain.ImageDecoder;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.domain.PhotoReading;
import dev.concierge.enrichment.photo.ingest.IngestMediaSource;
import dev.concierge.enrichment.photo.tesseract.TesseractTextRecogniser;
import dev.concierge.enrichment.photo.zxing.ZxingBarcodeReader;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without Tesseract's language data: OCR says why it is unavailable, barcodes are still read. */
class OcrUnavailableTest {

    @TempDir
    Path noTessdata;

    @Test
    void without_language_data_ocr_is_unavailable_with_the_reason_and_photos_are_still_read_for_barcodes()
            throws IOException {
        TesseractTextRecogniser ocr = new TesseractTextRecogniser(noTessdata.toString(), "eng");
        try (IngestMediaStandIn ingest = new IngestMediaStandIn()) {
            IngestMediaStandIn.upload(ingest.baseUrl(), "med_pack", TestImages.ean13("8901262150026"));
            PhotoReader reader = new PhotoReader(new IngestMediaSource(ingest.baseUrl(),
                    MediaLinkSigner.fromBase64Key(IngestMediaStandIn.MEDIA_LINK_KEY), Duration.ofSeconds(5), 1_000_000,
                    Clock.systemUTC()), new ImageDecoder(50_000_000), new ZxingBarcodeReader(), ocr);

            PhotoReading reading = reader.read(List.of("med_pack"));

            assertThat(ocr.unavailableReason()).hasValueSatisfying(reason ->
                    assertThat(reason).startsWith("OCR unavailable: no Tesseract language data at " + noTessdata));
            assertThat(reading.barcodes()).containsExactly(new Barcode("EAN_13", "8901262150026"));
            assertThat(reading.providers()).containsExactly("local-barcode");
            assertThat(reading.problems()).singleElement().asString().startsWith("photo text not read: OCR unavailable");
        }
    }
}
