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

    @Test
    void a_value_of_only_whitespace_or_invisible_characters_is_refused_and_counts_as_no_text() {
        for (String text : List.of(" ", "   ", "\t\n", "\u200b", "\u200c\u200d", "\u2060", "\ufeff", "\u00a0\u3000",
                "\u3164", "\u115f\u1160", "\u2800", "\u034f", "\ufe0f", "\u180e", "\u00ad", "\udb40\udc20")) {
            assertThat(TextRules.problemWith(text)).as(escaped(text)).hasValueSatisfying(
                    reason -> assertThat(reason).contains("only whitespace or invisible characters"));
            assertThat(TextRules.isBlank(text)).as(escaped(text)).isTrue();
        }
    }

    @Test
    void visible_text_with_joiners_and_the_empty_value_are_not_blank_refusals() {
        assertThat(TextRules.problemWith("")).isEmpty();
        assertThat(TextRules.isBlank("")).isTrue();
        for (String text : List.of("\u200bmilk", "👩\u200d💻", "❤\ufe0f", "क्\u200dष")) {
            assertThat(TextRules.problemWith(text)).as(escaped(text)).isEmpty();
            assertThat(TextRules.isBlank(text)).as(escaped(text)).isFalse();
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
