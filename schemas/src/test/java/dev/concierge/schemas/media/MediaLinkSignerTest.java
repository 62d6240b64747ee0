package dev.concierge.schemas.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaLinkSignerTest {

    private static final String DEV_KEY = "ZGV2LW9ubHktbWVkaWEtbGluay1rZXktMzItYnl0ZXMhIQ==";
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final MediaLinkSigner signer = MediaLinkSigner.fromBase64Key(DEV_KEY);

    @Test
    void a_link_verifies_for_its_medium_until_it_expires() {
        // given
        Map<String, String> link = query(signer.pathAndQuery("med_8Jk2", NOW.plusSeconds(3600)));

        // then
        assertThat(signer.verify("med_8Jk2", link.get("expires"), link.get("signature"), NOW)).isTrue();
        assertThat(signer.verify("med_8Jk2", link.get("expires"), link.get("signature"), NOW.plusSeconds(3599))).isTrue();
        assertThat(signer.verify("med_8Jk2", link.get("expires"), link.get("signature"), NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void a_link_names_one_medium_and_one_expiry_and_nothing_else() {
        // given
        Map<String, String> link = query(signer.pathAndQuery("med_8Jk2", NOW.plusSeconds(3600)));

        // then another medium, a later expiry, a tampered signature or another key do not verify
        assertThat(signer.verify("med_OTHER", link.get("expires"), link.get("signature"), NOW)).isFalse();
        String later = Long.toString(NOW.plusSeconds(86_400).getEpochSecond());
        assertThat(signer.verify("med_8Jk2", later, link.get("signature"), NOW)).isFalse();
        assertThat(signer.verify("med_8Jk2", link.get("expires"), link.get("signature").substring(1) + "A", NOW)).isFalse();
        MediaLinkSigner other = new MediaLinkSigner("another-key-of-at-least-thirty-two-bytes".getBytes());
        assertThat(other.verify("med_8Jk2", link.get("expires"), link.get("signature"), NOW)).isFalse();
    }

    @Test
    void malformed_parts_do_not_verify_and_do_not_throw() {
        assertThat(signer.verify("med_8Jk2", null, "x", NOW)).isFalse();
        assertThat(signer.verify("med_8Jk2", "soon", "x", NOW)).isFalse();
        assertThat(signer.verify("med_8Jk2", "-5", "x", NOW)).isFalse();
        assertThat(signer.verify("med_8Jk2", "99999999999999999999", "x", NOW)).isFalse();
        assertThat(signer.verify(null, "1", "x", NOW)).isFalse();
        assertThat(signer.verify("med_8Jk2", "1", null, NOW)).isFalse();
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new MediaLinkSigner(new byte[16])).hasMessageContaining("at least 32 bytes");
    }

    private static Map<String, String> query(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        assertThat(uri.getPath()).isEqualTo("/v1/media/med_8Jk2/public");
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts[1]);
        }
        return parameters;
    }
}
