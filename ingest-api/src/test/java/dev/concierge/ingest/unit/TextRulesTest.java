package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.shared.application.TextRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void ordinary_text_in_any_script_with_emoji_tabs_and_line_breaks_is_allowed() {
        for (String text : List.of("Dolo 650, 2 strips", "दूध 1 लीटर", "ಹಾಲು", "₹640 😀👍🏽", "line one\nline two\r\n\tindented",
                "مرحبا", "")) {
            assertThat(TextRules.problemWith(text)).as(text).isEmpty();
        }
    }

    @Test
    void control_characters_bidi_controls_noncharacters_and_lone_surrogates_are_refused() {
        for (String text : List.of("\u0000", "a\u0007", "\u001b[2J", "\u007f", "\u0085", "\u009f", "\u202a", "\u202e",
                "\u2066", "\u2069", "\ufffe", "\uffff", "\ud800", "x\udc00", "\ud83d")) {
            assertThat(TextRules.problemWith(text)).as("U+%04X", (int) text.charAt(text.length() - 1)).isPresent();
        }
    }
}
