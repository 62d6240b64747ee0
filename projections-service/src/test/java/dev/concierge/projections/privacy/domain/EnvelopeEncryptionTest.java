package dev.concierge.projections.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing and the master key's wrapping and blind index, with the JDK's crypto and no stand-ins. */
class EnvelopeEncryptionTest {

    private static final String MASTER = "zhPJiCySQG82lSC5nhMeYWWQtB9kA4dOo5mpN/WUxCo=";
    private final AesGcm aes = new AesGcm(new SecureRandom());

    @Test
    void a_value_sealed_twice_has_different_nonces_and_opens_to_the_same_text() {
        SecretKey key = aes.newKey();
        byte[] text = "Call me on +91 98450 12345".getBytes(StandardCharsets.UTF_8);

        Sealed first = aes.encrypt("request:req_1", key, text);
        Sealed second = aes.encrypt("request:req_1", key, text);

        assertThat(first.nonce()).hasSize(AesGcm.NONCE_BYTES).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(new String(first.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("98450");
        assertThat(aes.decrypt(key, first)).isEqualTo(text).isEqualTo(aes.decrypt(key, second));
    }

    @Test
    void a_value_does_not_open_under_another_key_another_key_id_or_when_altered() {
        SecretKey key = aes.newKey();
        Sealed sealed = aes.encrypt("customer:cus_1", key, "12, 4th Cross".getBytes(StandardCharsets.UTF_8));
        byte[] altered = sealed.ciphertext().clone();
        altered[0] ^= 1;

        assertThatThrownBy(() -> aes.decrypt(aes.newKey(), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> aes.decrypt(key, new Sealed("customer:cus_2", sealed.nonce(), sealed.ciphertext())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> aes.decrypt(key, new Sealed(sealed.keyId(), sealed.nonce(), altered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_data_key_wrapped_under_the_master_key_unwraps_only_under_it() {
        MasterKey master = MasterKey.fromBase64(MASTER);
        MasterKey other = MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
        SecretKey dataKey = aes.newKey();

        Sealed wrapped = master.wrap(aes, "customer:cus_1", dataKey);

        assertThat(master.unwrap(aes, wrapped).getEncoded()).isEqualTo(dataKey.getEncoded());
        assertThatThrownBy(() -> other.unwrap(aes, wrapped)).isInstanceOf(IllegalStateException.class);
        assertThat(master.id()).isNotEqualTo(other.id()).hasSize(16).doesNotContain(MASTER);
    }

    @Test
    void the_blind_index_matches_words_whatever_their_case_and_reveals_none() {
        MasterKey master = MasterKey.fromBase64(MASTER);

        assertThat(master.searchTokens("Amul TAAZA milk, 1 l")).containsAll(master.searchTokens("taaza Milk"))
                .hasSize(5).noneMatch(token -> token.toLowerCase().contains("taaza"));
        assertThat(master.searchTokens("taaza")).isNotEqualTo(master.searchTokens("taaz"));
        assertThat(MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).searchTokens("milk"))
                .isNotEqualTo(master.searchTokens("milk"));
    }

    @Test
    void a_master_key_must_be_32_bytes_of_base64() {
        assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
