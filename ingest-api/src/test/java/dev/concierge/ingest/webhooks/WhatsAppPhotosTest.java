package dev.concierge.ingest.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.GatewaySignatures;
import dev.concierge.ingest.support.Images;
import dev.concierge.ingest.support.TwilioMediaFake;
import dev.concierge.ingest.support.Webhooks;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.requests.RequestCommand.CreateRequest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A customer's WhatsApp photos become media of the media store, like app uploads. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class WhatsAppPhotosTest extends ApiTest {

    private static TwilioMediaFake twilio;

    @BeforeAll
    static void startTwilioMedia() throws Exception {
        // the account and token of the test profile (concierge.twilio.*)
        twilio = new TwilioMediaFake("AC00000000000000000000000000000000", GatewaySignatures.TWILIO_TOKEN)
                .serving(Images.png());
    }

    @AfterAll
    static void stopTwilioMedia() {
        twilio.close();
    }

    @Test
    void a_photo_that_opens_a_new_request_is_copied_and_the_request_carries_its_media_id() throws Exception {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        Api.saveDefaultAddress(customer, Api.address());
        String url = twilio.mediaUrl("ME" + phone.substring(1));

        send(withPhotos(phone, "need this exact charger", url));

        CreateRequest create = (CreateRequest) topics.matching(Topics.REQUESTS_COMMANDS, landed ->
                landed.data() instanceof CreateRequest c && c.customerId().equals(customer.subject())).get(0).data();
        assertThat(create.mediaIds()).hasSize(1);
        String mediaId = create.mediaIds().get(0);
        byte[] stored = Api.as(customer.token()).when().get("/v1/media/{id}", mediaId)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        // the same picture (PNG signature and size), as the media store keeps it after removing metadata
        assertThat(Arrays.copyOf(stored, 8)).isEqualTo(Arrays.copyOf(Images.png(), 8));
        // nothing left to show as a link: the photo is on the request itself
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, create.requestId())).isEmpty();
    }

    @Test
    void a_photo_on_an_open_request_arrives_with_its_media_id_and_its_twilio_url() throws Exception {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        String requestId = Api.createRequest(customer);
        String url = twilio.mediaUrl("ME" + phone.substring(1));

        send(withPhotos(phone, "this one", url));

        ChatMessagePosted message = (ChatMessagePosted) topics.withKey(Topics.CHAT_MESSAGES, requestId).get(0).data();
        assertThat(message.attachments()).hasSize(1);
        Attachment photo = message.attachments().get(0);
        assertThat(photo.mediaId()).startsWith("med_");
        assertThat(photo.url()).isEqualTo(url);
        assertThat(photo.contentType()).isEqualTo("image/png");
    }

    @Test
    void the_account_credentials_go_to_twilio_and_never_along_the_redirect_to_the_cdn() throws Exception {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        Api.createRequest(customer);

        send(withPhotos(phone, "", twilio.mediaUrl("ME" + phone.substring(1))));

        assertThat(twilio.authorizationsAtCdn()).isNotEmpty().containsOnly(TwilioMediaFake.NONE);
    }

    @Test
    void a_photo_that_cannot_be_fetched_or_is_on_a_foreign_host_stays_a_link_and_the_message_still_lands() {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        String requestId = Api.createRequest(customer);

        send(withPhotos(phone, "two photos", twilio.missingUrl(), "https://attacker.example/internal.png"));

        ChatMessagePosted message = (ChatMessagePosted) topics.withKey(Topics.CHAT_MESSAGES, requestId).get(0).data();
        assertThat(message.text()).isEqualTo("two photos");
        assertThat(message.attachments()).extracting(Attachment::mediaId).containsOnlyNulls();
        assertThat(message.attachments()).extracting(Attachment::url)
                .containsExactly(twilio.missingUrl(), "https://attacker.example/internal.png");
    }

    @Test
    void a_file_that_is_not_an_image_stays_a_link() throws Exception {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        String requestId = Api.createRequest(customer);
        try (TwilioMediaFake notAnImage = new TwilioMediaFake("AC00000000000000000000000000000000",
                GatewaySignatures.TWILIO_TOKEN).serving("%PDF-1.4 not a photo".getBytes())) {

            send(withPhotos(phone, "", notAnImage.mediaUrl("ME1")));
        }

        ChatMessagePosted message = (ChatMessagePosted) topics.withKey(Topics.CHAT_MESSAGES, requestId).get(0).data();
        assertThat(message.attachments()).extracting(Attachment::mediaId).containsOnlyNulls();
    }

    private static Map<String, String> withPhotos(String phone, String body, String... urls) {
        Map<String, String> params = Webhooks.inbound(phone, body);
        params.put("NumMedia", String.valueOf(urls.length));
        for (int i = 0; i < urls.length; i++) {
            params.put("MediaUrl" + i, urls[i]);
            params.put("MediaContentType" + i, "image/png");
        }
        return params;
    }

    private static void send(Map<String, String> params) {
        Webhooks.twilio(Webhooks.TWILIO_INBOUND, params, GatewaySignatures.TWILIO_TOKEN)
                .when().post(Webhooks.TWILIO_INBOUND).then().statusCode(200);
    }
}
