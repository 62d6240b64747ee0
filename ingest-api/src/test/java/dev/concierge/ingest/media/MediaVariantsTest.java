package dev.concierge.ingest.media;

import static dev.concierge.ingest.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.ingest.media.persistence.GridFsMediaStore;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.ingest.support.TopicWriter;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.media.MediaEvent;
import dev.concierge.schemas.media.MediaEvent.MediaUploaded;
import dev.concierge.schemas.media.MediaEvent.MediaVariantsCreated;
import dev.concierge.schemas.media.MediaLinkSigner;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resized copies made by the background job on {@code media.events}, on the real broker and the
 * Mongo-wire server: made once, upright, without location, served with strong caching; a damaged image
 * is dead-lettered and the job goes on.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MediaVariantsTest extends ApiTest {

    private static final MediaLinkSigner NOTIFIER = MediaLinkSigner.fromBase64Key("ZGV2LW9ubHktbWVkaWEtbGluay1rZXktMzItYnl0ZXMhIQ==");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    GridFsMediaStore store;

    Api.Session customer;

    @BeforeEach
    void signIn() {
        customer = api.customer();
    }

    @Test
    void an_upload_gets_an_upright_thumb_and_screen_copy_without_its_location() throws Exception {
        // given a 1600 × 1200 phone photo whose EXIF says to show it turned a quarter to the right
        String mediaId = Api.upload(customer, Images.halvesJpeg(1600, 1200, 6), "image/jpeg");

        // when the job has made the copies
        MediaVariantsCreated created = awaitVariants(mediaId);

        // then both are announced with their upright sizes ...
        assertThat(created.variants()).extracting(MediaEvent.Variant::name, MediaEvent.Variant::width,
                MediaEvent.Variant::height).containsExactly(
                        tuple("thumb", 240, 320), tuple("screen", 960, 1280));
        // ... and served at those sizes, upright (the photo's left half, red, is now on top), with no EXIF
        for (String variant : List.of("thumb", "screen")) {
            Response served = as(customer.token()).queryParam("variant", variant).when().get("/v1/media/{id}", mediaId);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.contentType()).isEqualTo("image/jpeg");
            assertThat(served.header("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
            BufferedImage image = Images.decode(served.asByteArray());
            assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(variant.equals("thumb") ? 320 : 1280);
            assertThat(image.getHeight()).isGreaterThan(image.getWidth());
            assertThat(isRed(image.getRGB(image.getWidth() / 2, image.getHeight() / 8))).as(variant + " top").isTrue();
            assertThat(isRed(image.getRGB(image.getWidth() / 2, image.getHeight() * 7 / 8))).as(variant + " bottom")
                    .isFalse();
            assertThat(Images.gpsOf(served.asByteArray())).isNull();
        }
        // and the upload itself was announced once, with who uploaded it
        assertThat(topics.withKey(Topics.MEDIA_EVENTS, mediaId)).extracting(landed -> landed.data())
                .filteredOn(MediaUploaded.class::isInstance).singleElement()
                .satisfies(uploaded -> assertThat(((MediaUploaded) uploaded).uploaderId()).isEqualTo(customer.subject()));
    }

    @Test
    void a_redelivered_upload_event_makes_no_copy_again_and_a_damaged_image_is_dead_lettered() throws Exception {
        // given an upload whose copies exist
        String mediaId = Api.upload(customer, Images.halvesJpeg(800, 600, 1), "image/jpeg");
        awaitVariants(mediaId);
        String thumbEtag = as(customer.token()).queryParam("variant", "thumb").when().get("/v1/media/{id}", mediaId)
                .header("ETag");
        MediaUploaded uploaded = (MediaUploaded) topics.withKey(Topics.MEDIA_EVENTS, mediaId).get(0).data();

        // when the upload event is delivered again, followed (same key, same partition) by an upload event
        // for an image that is stored damaged
        TopicWriter writer = new TopicWriter(kafka);
        writer.publish(Topics.MEDIA_EVENTS, mediaId, uploaded);
        String damagedId = storeDamagedImage();
        writer.publish(Topics.MEDIA_EVENTS, mediaId, new MediaUploaded(damagedId, "image/jpeg", 64,
                customer.subject(), Instant.now()));

        // then the damaged one is in media.events.dlq with the reason, so the redelivery before it was handled ...
        ConsumerRecord<String, byte[]> dead = await("the damaged image dead-lettered", () -> topics
                .records(Topics.MEDIA_EVENTS.dlqName()).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(damagedId)).findFirst());
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("does not decode");
        // ... and made nothing: one announcement, the same bytes
        assertThat(topics.withKey(Topics.MEDIA_EVENTS, mediaId)).extracting(landed -> landed.data())
                .filteredOn(MediaVariantsCreated.class::isInstance).hasSize(1);
        assertThat(as(customer.token()).queryParam("variant", "thumb").when().get("/v1/media/{id}", mediaId)
                .header("ETag")).isEqualTo(thumbEtag);
        assertThat(store.findVariant(damagedId, "thumb")).isEmpty();

        // and the job goes on with the next upload
        awaitVariants(Api.upload(customer, Images.png(), "image/png"));
    }

    @Test
    void the_etag_answers_304_and_until_a_copy_exists_the_original_stands_in_with_a_short_cache() throws Exception {
        // given an image stored without the upload event (as if the job had not got to it yet)
        byte[] original = Images.png();
        String sha = sha256Hex(original);
        String mediaId = "med_" + sha;
        store.saveIfAbsent(mediaId, original, "image/png", sha, customer.subject());

        // when a thumb is asked for, the original stands in, cached for a minute
        Response standIn = as(customer.token()).queryParam("variant", "thumb").when().get("/v1/media/{id}", mediaId);
        assertThat(standIn.statusCode()).isEqualTo(200);
        assertThat(standIn.asByteArray()).isEqualTo(original);
        assertThat(standIn.header("Cache-Control")).isEqualTo("private, max-age=60");
        assertThat(standIn.header("ETag")).isEqualTo("\"" + sha + "\"");

        // and the same ETag again is a 304 without a body
        as(customer.token()).header("If-None-Match", "\"" + sha + "\"").when().get("/v1/media/{id}", mediaId)
                .then().statusCode(304).header("ETag", "\"" + sha + "\"")
                .header("Cache-Control", "private, max-age=31536000, immutable");
        // an older ETag gets the bytes
        as(customer.token()).header("If-None-Match", "\"" + "0".repeat(64) + "\"").when()
                .get("/v1/media/{id}", mediaId).then().statusCode(200);
    }

    @Test
    void a_variant_is_read_with_the_originals_rules() throws Exception {
        String mediaId = Api.upload(customer, Images.halvesJpeg(640, 480, 1), "image/jpeg");
        awaitVariants(mediaId);
        Api.Session other = api.customer();

        // another customer: the same 404 as for an id that does not exist
        Response refused = as(other.token()).queryParam("variant", "thumb").when().get("/v1/media/{id}", mediaId);
        Response unknown = as(other.token()).queryParam("variant", "thumb").when()
                .get("/v1/media/{id}", "med_" + "e".repeat(64));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("title")).isEqualTo(unknown.jsonPath().getString("title"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        // staff may
        as(api.agent().token()).queryParam("variant", "screen").when().get("/v1/media/{id}", mediaId)
                .then().statusCode(200);
        // an unknown variant is a 400 naming the parameter
        as(customer.token()).queryParam("variant", "huge").when().get("/v1/media/{id}", mediaId)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(as(customer.token()).queryParam("variant", "huge").when().get("/v1/media/{id}", mediaId)
                .jsonPath().getString("errors[0].field")).isEqualTo("variant");
        // a signed link serves the variant of the image it names, and nothing without a valid signature
        String link = NOTIFIER.pathAndQuery(mediaId, Instant.now().plus(Duration.ofMinutes(10)));
        byte[] thumb = given().when().get(link + "&variant=thumb").then().statusCode(200).extract().asByteArray();
        assertThat(Math.max(Images.decode(thumb).getWidth(), Images.decode(thumb).getHeight())).isEqualTo(320);
        given().when().get(link.replaceAll("signature=[^&]+", "signature=forged") + "&variant=thumb")
                .then().statusCode(403);
    }

    private MediaVariantsCreated awaitVariants(String mediaId) throws InterruptedException {
        return await("the variants of " + mediaId, () -> topics.withKey(Topics.MEDIA_EVENTS, mediaId).stream()
                .map(landed -> (Object) landed.data()).filter(MediaVariantsCreated.class::isInstance)
                .map(MediaVariantsCreated.class::cast).findFirst());
    }

    /** Bytes that start like a JPEG and stop there, stored directly (an upload would refuse them). */
    private String storeDamagedImage() {
        byte[] bytes = new byte[64];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        String sha = sha256Hex(bytes);
        store.saveIfAbsent("med_" + sha, bytes, "image/jpeg", sha, customer.subject());
        return "med_" + sha;
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(System.nanoTime()).as(what + " within " + PATIENCE).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
