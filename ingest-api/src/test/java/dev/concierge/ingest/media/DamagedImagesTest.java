package dev.concierge.ingest.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upload is stored only if it decodes as the image its first bytes claim to be. Damaged,
 * truncated and disguised files are a 422 problem naming the field {@code file}, logged below
 * ERROR (a client's broken file is not our fault); real JPEG, PNG and WebP images are stored.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class DamagedImagesTest extends ApiTest {

    /** Google's 1×1 WebP samples: lossy (VP8), lossless (VP8L), and lossy with alpha (VP8X + ALPH). */
    private static final Map<String, String> WEBP_SAMPLES = Map.of(
            "lossy", "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA",
            "lossless", "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==",
            "alpha", "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==");

    private final List<LogRecord> errors = new ArrayList<>();
    private final Handler errorCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (errors) {
                    errors.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    Api.Session customer;

    @BeforeEach
    void signInAndListen() {
        customer = api.customer();
        Logger.getLogger("").addHandler(errorCatcher);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(errorCatcher);
    }

    @Test
    void files_that_only_start_like_an_image_are_a_422_naming_the_file_and_log_no_error() throws Exception {
        byte[] jpeg = Images.jpegWithGps();
        byte[] png = Images.png();
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("JPEG with a broken EXIF segment", concat(hex("FFD8FFE1FFFF"), "Exif\0\0MM\0*garbage".getBytes(StandardCharsets.ISO_8859_1)));
        damaged.put("JPEG start marker then text", concat(hex("FFD8FF"), "<html>not a photo</html>".getBytes(StandardCharsets.US_ASCII)));
        damaged.put("JPEG cut in half", Arrays.copyOf(jpeg, jpeg.length / 2));
        damaged.put("JPEG with its scan data zeroed", zeroedTail(jpeg, 200));
        damaged.put("PNG signature then HTML", concat(Arrays.copyOf(png, 8), "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)));
        damaged.put("PNG cut inside its image data", Arrays.copyOf(png, 45));
        damaged.put("PNG claiming a billion pixels", pngClaiming(100_000, 100_000));
        damaged.put("WebP header then nothing", riff("WEBP", new byte[0]));
        damaged.put("WebP with an unknown chunk only", riff("WEBP", chunk("JUNK", new byte[16])));
        damaged.put("WebP VP8 chunk of garbage", riff("WEBP", chunk("VP8 ", "not a vp8 frame at all".getBytes(StandardCharsets.US_ASCII))));
        damaged.put("WebP lossless chunk of garbage", riff("WEBP", chunk("VP8L", new byte[] {0x2f, 0, 0, 0, 0, 1, 2, 3})));
        damaged.put("WebP sample cut short", Arrays.copyOf(Base64.getDecoder().decode(WEBP_SAMPLES.get("lossy")), 30));

        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, byte[]> file : damaged.entrySet()) {
            Response answer = upload(file.getValue());
            softly.assertThat(answer.statusCode()).as(file.getKey()).isEqualTo(422);
            softly.assertThat(answer.contentType()).as(file.getKey()).startsWith("application/problem+json");
            if (answer.statusCode() == 422) {
                softly.assertThat(answer.jsonPath().getString("errors[0].field")).as(file.getKey()).isEqualTo("file");
            }
        }
        softly.assertAll();
        assertThat(errors).as("records logged at ERROR or above").isEmpty();
    }

    @Test
    void real_jpeg_png_and_webp_images_are_stored() throws Exception {
        assertThat(upload(Images.jpegWithGps()).statusCode()).isEqualTo(201);
        assertThat(upload(Images.png()).statusCode()).isEqualTo(201);
        for (Map.Entry<String, String> sample : WEBP_SAMPLES.entrySet()) {
            Response answer = upload(Base64.getDecoder().decode(sample.getValue()));
            assertThat(answer.statusCode()).as(sample.getKey() + " WebP: " + answer.body().asString()).isEqualTo(201);
            assertThat(answer.jsonPath().getString("contentType")).isEqualTo("image/webp");
        }
    }

    private Response upload(byte[] bytes) {
        return given().auth().oauth2(customer.token()).multiPart("file", "photo.bin", bytes, "image/jpeg")
                .when().post("/v1/media");
    }

    private static byte[] zeroedTail(byte[] jpeg, int keep) {
        byte[] copy = jpeg.clone();
        // keep the headers, destroy the entropy-coded data, keep the end-of-image marker
        Arrays.fill(copy, Math.min(keep, copy.length - 2), copy.length - 2, (byte) 0);
        return copy;
    }

    /** A PNG whose header claims the given size, with an empty image data chunk. */
    private static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(hex("89504E470D0A1A0A"));
        out.writeBytes(pngChunk("IHDR", ihdr.array()));
        out.writeBytes(pngChunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] riff(String form, byte[] chunks) {
        return ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length)
                .put(form.getBytes(StandardCharsets.US_ASCII)).put(chunks).array();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return out.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
