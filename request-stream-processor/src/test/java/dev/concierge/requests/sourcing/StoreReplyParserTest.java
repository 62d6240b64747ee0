package dev.concierge.requests.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.concierge.schemas.common.Money;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoreReplyParserTest {

    private final StoreReplyParser parser = new StoreReplyParser();

    static Stream<Arguments> replies_with_a_price() {
        return Stream.of(
                // reply as typed by the shopkeeper, expected price in rupees
                arguments("YES 450", 450),
                arguments("yes 450", 450),
                arguments("Yes, 450", 450),
                arguments("haan hai 450 ka", 450),
                arguments("Haan ji 450 ka padega", 450),
                arguments("available Rs.420/-", 420),
                arguments("Available rs 420", 420),
                arguments("₹ 1,250", 1250),
                arguments("₹1,250", 1250),
                arguments("450/-", 450),
                arguments("rs 450", 450),
                arguments("Rs450", 450),
                arguments("₹450 only", 450),
                arguments("450 only", 450),
                arguments("450", 450),
                arguments("INR 899", 899),
                arguments("hai bhaiya, 320 rupees", 320),
                arguments("mil jayega 275 rupaye", 275),
                arguments("👍 450", 450),
                arguments("✅ Rs. 1,499.50", 1499.50),
                arguments("YES 1,25,000", 125000),
                arguments("yes dolo 650 tablet strip 30 rs", 30),
                arguments("Amul taaza 500 ml hai, 27 ka", 27),
                arguments("ok 2 pcs 180 final", 180),
                arguments("stock hai. MRP 560", 560),
                arguments("haan ४५० का", 450),
                arguments("Price: 999", 999),
                arguments("AVAILABLE 1200/=", 1200),
                arguments("yes 79.99", 79.99),
                arguments("hain 1250 mein de denge", 1250));
    }

    @ParameterizedTest(name = "\"{0}\" means available at {1} rupees")
    @MethodSource
    void replies_with_a_price(String reply, double rupees) {
        // when
        StoreReply parsed = parser.parse(reply);

        // then
        assertThat(parsed).isEqualTo(new StoreReply.Available(Optional.of(Money.inr(Math.round(rupees * 100)))));
    }

    @ParameterizedTest(name = "\"{0}\" means available, price not given")
    @MethodSource
    void replies_available_without_a_price(String reply) {
        assertThat(parser.parse(reply)).isEqualTo(new StoreReply.Available(Optional.empty()));
    }

    static Stream<String> replies_available_without_a_price() {
        return Stream.of("1", "YES", "yes", "haan", "Haan ji", "hai", "available", "👍", "✅", "ok", "in stock",
                "stock hai bhai", "500 ml wala hai", "Y");
    }

    @ParameterizedTest(name = "\"{0}\" means not available")
    @MethodSource
    void replies_that_say_no(String reply) {
        assertThat(parser.parse(reply)).isEqualTo(new StoreReply.Unavailable(false));
    }

    static Stream<String> replies_that_say_no() {
        return Stream.of("2", "nahi hai", "Nahi", "NO", "no stock", "not available", "Not Available 450", "out of stock",
                "sorry sold out", "nhi h", "❌", "stock khatam", "abhi nahi hai", "na hai bhai");
    }

    @ParameterizedTest(name = "\"{0}\" means not now, later")
    @MethodSource
    void replies_that_say_later(String reply) {
        assertThat(parser.parse(reply)).isEqualTo(new StoreReply.Unavailable(true));
    }

    static Stream<String> replies_that_say_later() {
        return Stream.of("kal milega", "Kal mil jayega 450 ka", "tomorrow", "available tomorrow", "parso aayega",
                "next week milega", "mangwana padega");
    }

    @ParameterizedTest(name = "\"{0}\" cannot be read without a person")
    @MethodSource
    void replies_that_need_a_person(String reply) {
        assertThat(parser.parse(reply)).isEqualTo(new StoreReply.Unclear());
    }

    static Stream<String> replies_that_need_a_person() {
        return Stream.of("", "   ", "kaunsa brand chahiye?", "photo bhejo", "call me", "Samsung A52 ka cover?");
    }

    @Test
    void a_reply_code_glued_to_digits_is_not_read_as_a_price() {
        // given a reply that starts with the request's reply code
        String reply = "BX47 yes 450";

        // when
        StoreReply parsed = parser.parse(reply);

        // then
        assertThat(parsed).isEqualTo(new StoreReply.Available(Optional.of(Money.inr(45_000))));
    }

    @Test
    void a_phone_number_is_not_read_as_a_price() {
        assertThat(parser.parse("haan hai, call 9876543210")).isEqualTo(new StoreReply.Available(Optional.empty()));
    }

    @Test
    void null_text_needs_a_person() {
        assertThat(parser.parse(null)).isEqualTo(new StoreReply.Unclear());
    }
}
