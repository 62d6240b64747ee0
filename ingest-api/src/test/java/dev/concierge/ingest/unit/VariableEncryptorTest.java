package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.ingest.auth.application.VariableEncryptor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VariableEncryptorTest {

    private final VariableEncryptor encryptor =
            new VariableEncryptor("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void the_notifier_decrypts_what_the_api_encrypted_for_the_same_notification() {
        String sealed = encryptor.encrypt("493817", "otp_42");

        assertThat(sealed).startsWith("v1.").doesNotContain("493817");
        assertThat(encryptor.decrypt(sealed, "otp_42")).isEqualTo("493817");
    }

    @Test
    void a_ciphertext_moved_to_another_notification_is_rejected() {
        String sealed = encryptor.encrypt("493817", "otp_42");

        assertThatThrownBy(() -> encryptor.decrypt(sealed, "otp_43")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_code_encrypts_differently_each_time() {
        assertThat(encryptor.encrypt("493817", "otp_42")).isNotEqualTo(encryptor.encrypt("493817", "otp_42"));
    }
}
