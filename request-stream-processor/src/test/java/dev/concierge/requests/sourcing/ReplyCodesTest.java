package dev.concierge.requests.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyCodesTest {

    @Test
    void a_request_always_gets_the_same_short_code() {
        String code = ReplyCodes.forRequest("req-42");

        assertThat(code).matches("[BCDFHJNPTVWXZ]{2}\\d{2}").isEqualTo(ReplyCodes.forRequest("req-42"));
    }

    @Test
    void codes_are_found_in_replies_whatever_the_case_and_prices_are_not_codes() {
        assertThat(ReplyCodes.findIn("bx47 yes 450")).containsExactly("BX47");
        assertThat(ReplyCodes.findIn("YES 450 (BX47)")).containsExactly("BX47");
        assertThat(ReplyCodes.findIn("rs45 hai, 500 ml, kg12")).isEmpty();
    }

    @Test
    void different_requests_mostly_get_different_codes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            codes.add(ReplyCodes.forRequest("req-" + i));
        }
        assertThat(codes).hasSizeGreaterThan(190);
    }
}
