package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.ingest.auth.application.PhoneNumbers;
import dev.concierge.ingest.shared.application.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "+919876543210, +919876543210",
            "9876543210, +919876543210",
            "98765 43210, +919876543210",
            "098765-43210, +919876543210",
            "919876543210, +919876543210",
            "(+91) 98765 43210, +919876543210",
            "+1 415 523 8886, +14155238886"})
    void normalises_to_e164(String raw, String expected) {
        assertThat(PhoneNumbers.normalise(raw, "phone")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "5876543210", "+0123456789", "phone", "+91 98765 4321x"})
    void refuses_what_is_not_a_phone_number_naming_the_field(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.normalise(raw, "phone"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("phone"));
    }
}
