package dev.concierge.schemas.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class VariableCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString("dev-only-notify-key-32-bytes-!!!".getBytes());

    private final VariableCipher cipher = VariableCipher.fromBase64Key(KEY);

    @Test
    void a_value_decrypts_for_the_notification_it_was_encrypted_for() {
        // given
        String sealed = cipher.encrypt("482913", "ntf_1");

        // then
        assertThat(sealed).startsWith("v1.").doesNotContain("482913");
        assertThat(cipher.decrypt(sealed, "ntf_1")).isEqualTo("482913");
    }

    @Test
    void the_same_value_never_encrypts_the_same_way_twice() {
        assertThat(cipher.encrypt("482913", "ntf_1")).isNotEqualTo(cipher.encrypt("482913", "ntf_1"));
    }

    @Test
    void a_value_moved_to_another_notification_altered_or_under_another_key_does_not_decrypt() {
        // given
        String sealed = cipher.encrypt("482913", "ntf_1");
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        VariableCipher other = new VariableCipher("another-notify-key-of-32-bytes!!".getBytes());

        // then none of them reveals anything, and no message holds the value
        assertThatThrownBy(() -> cipher.decrypt(sealed, "ntf_2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("482913");
        assertThatThrownBy(() -> cipher.decrypt(altered, "ntf_1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> other.decrypt(sealed, "ntf_1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void what_is_not_in_the_format_is_refused_with_a_clear_reason() {
        assertThatThrownBy(() -> cipher.decrypt("482913", "ntf_1")).hasMessageContaining("not a v1 encrypted variable");
        assertThatThrownBy(() -> cipher.decrypt("v1.!!.??", "ntf_1")).hasMessageContaining("rejected");
        assertThatThrownBy(() -> cipher.decrypt("v1.AAAA.AAAA", "ntf_1")).hasMessageContaining("nonce");
        assertThatThrownBy(() -> cipher.decrypt(null, "ntf_1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_key_of_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> new VariableCipher(new byte[16])).hasMessageContaining("32 bytes");
    }
}
