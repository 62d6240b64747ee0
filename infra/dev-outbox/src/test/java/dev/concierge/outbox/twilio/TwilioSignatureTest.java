package dev.concierge.outbox.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    @Test
    void the_sdks_request_validator_accepts_the_signature_and_refuses_it_for_another_url_or_token() {
        Map<String, String> params = Map.of("MessageSid", "SM0123", "Body", "BX47 YES 450", "From",
                "whatsapp:+919800000001", "NumMedia", "0");
        String url = "http://127.0.0.1:8081/v1/webhooks/twilio/inbound";

        String signature = TwilioSignature.sign("dev-twilio-token", url, params);

        assertThat(new RequestValidator("dev-twilio-token").validate(url, params, signature)).isTrue();
        assertThat(new RequestValidator("dev-twilio-token").validate(url + "x", params, signature)).isFalse();
        assertThat(new RequestValidator("another-token").validate(url, params, signature)).isFalse();
    }
}
