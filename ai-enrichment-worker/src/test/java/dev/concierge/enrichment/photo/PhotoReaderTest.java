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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local photo provider end to end, without Quarkus: photos fetched over HTTP through signed
 * links from a stand-in for ingest-api, decoded, read by the real ZXing and the machine's Tesseract.
 */
class PhotoReaderTest {

    private static final long MAX_BYTES = 64 * 1024;

    private static IngestMediaStandIn ingest;
    private static PhotoReader reader;

    @BeforeAll
    static void startIngest() throws IOException {
        ingest = new IngestMediaStandIn();
        reader = reader(IngestMediaStandIn.MEDIA_LINK_KEY);
    }

    @AfterAll
    static void stopIngest() {
        ingest.close();
    }

    @Test
    void a_generated_ean_13_photo_yields_its_code() {
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_ean", TestImages.ean13("8901262150026"));

        PhotoReading reading = reader.read(List.of("med_ean"));

        assertThat(reading.barcodes()).containsExactly(new Barcode("EAN_13", "8901262150026"));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.providers()).containsExactly("local-barcode", "local-ocr");
    }

    @Test
    void a_generated_photo_of_printed_text_yields_that_text() {
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_text", TestImages.printedText("AMUL BUTTER 500g"));

        PhotoReading reading = reader.read(List.of("med_text"));

        assertThat(reading.text()).isEqualTo("AMUL BUTTER 500g");
        assertThat(reading.barcodes()).isEmpty();
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void a_corrupt_image_and_a_file_that_is_no_image_are_problems_with_their_reason_and_the_good_photo_is_still_read() {
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_corrupt", TestImages.corruptPng());
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_pdf", "%PDF-1.7 a bill".getBytes(StandardCharsets.US_ASCII));
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_good", TestImages.ean13("5901234123457"));

        PhotoReading reading = reader.read(List.of("med_corrupt", "med_pdf", "med_good"));

        assertThat(reading.problems()).containsExactly("photo med_corrupt: corrupt image (IIOException)",
                "photo med_pdf: not an image");
        assertThat(reading.barcodes()).containsExactly(new Barcode("EAN_13", "5901234123457"));
    }

    @Test
    void an_unknown_media_id_is_a_problem_saying_ingest_api_does_not_know_it() {
        PhotoReading reading = reader.read(List.of("med_nobody_uploaded_this"));

        assertThat(reading.problems())
                .containsExactly("photo med_nobody_uploaded_this: unknown media id (ingest-api answered 404)");
        assertThat(reading.providers()).isEmpty();
    }

    @Test
    void a_medium_larger_than_the_cap_is_not_read() {
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_huge", new byte[(int) MAX_BYTES + 1]);

        PhotoReading reading = reader.read(List.of("med_huge"));

        assertThat(reading.problems()).containsExactly("photo med_huge: larger than the " + MAX_BYTES + " bytes read");
    }

    @Test
    void a_link_signed_with_another_key_is_refused_by_ingest_and_says_so() {
        IngestMediaStandIn.upload(ingest.baseUrl(), "med_signed", TestImages.ean13("8901262150026"));
        PhotoReader wrongKey = reader("b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMzJi");

        PhotoReading reading = wrongKey.read(List.of("med_signed"));

        assertThat(reading.problems()).singleElement().asString().contains("403");
        assertThat(reading.barcodes()).isEmpty();
    }

    private static PhotoReader reader(String key) {
        return new PhotoReader(new IngestMediaSource(ingest.baseUrl(), MediaLinkSigner.fromBase64Key(key),
                Duration.ofSeconds(5), MAX_BYTES, Clock.systemUTC()), new ImageDecoder(50_000_000),
                new ZxingBarcodeReader(), new TesseractTextRecogniser("/usr/share/tesseract-ocr/5/tessdata", "eng"));
    }
}
