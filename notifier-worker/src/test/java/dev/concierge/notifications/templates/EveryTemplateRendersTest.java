package dev.concierge.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (template, language, channel) with exactly the variables its emitter sends. */
class EveryTemplateRendersTest {

    private static final QuteMessageTemplates TEMPLATES =
            new QuteMessageTemplates(new ContentSids(name -> Optional.empty(), true));
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    private static final Pattern MARKUP = Pattern.compile("</?(p|br|a|strong|div|html|head|body)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("[{}]|\\bnull\\b|\\$\\{|\\{\\{");

    static Stream<Arguments> everyTemplateLanguageAndChannel() {
        List<Arguments> cases = new ArrayList<>();
        EmittedTemplates.all().forEach((id, variables) -> {
            for (String language : TemplateCatalog.LANGUAGES) {
                for (Channel channel : Channel.values()) {
                    cases.add(Arguments.of(id, language, channel, variables));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("everyTemplateLanguageAndChannel")
    void renders_completely_with_what_its_emitter_sends(String id, String language, Channel channel,
            Map<String, String> variables) {
        RenderedMessage message = TEMPLATES.render(id, channel, language, variables);

        assertThat(message.text()).isNotBlank().doesNotContainPattern(PLACEHOLDER);
        if (channel == Channel.EMAIL || channel == Channel.PUSH || channel == Channel.IN_APP) {
            assertThat(message.subject()).isNotBlank().doesNotContainPattern(PLACEHOLDER);
        }
        if (channel == Channel.EMAIL) {
            assertThat(message.html()).startsWith("<!DOCTYPE html>").doesNotContainPattern(PLACEHOLDER);
            assertThat(message.text()).doesNotContainPattern(MARKUP);
        } else {
            assertThat(message.html()).isNull();
        }
        if (channel == Channel.WHATSAPP) {
            assertThat(message.whatsAppTemplate().contentSid()).matches("HX[0-9a-f]{32}");
            assertThat(message.whatsAppTemplate().variables().values())
                    .allSatisfy(value -> assertThat(value).isNotBlank().doesNotContain("\n", "null"));
        }
        if ("hi".equals(language)) {
            assertThat(message.text()).containsPattern(DEVANAGARI);
        } else {
            assertThat(message.text()).doesNotContainPattern(DEVANAGARI);
        }
    }

    @Test
    void every_template_is_written_in_every_language_and_only_for_templates_someone_sends() {
        assertThat(TemplateCatalog.templateIds()).containsExactlyInAnyOrderElementsOf(EmittedTemplates.all().keySet());
    }

    @Test
    void a_template_reads_only_variables_its_emitter_sends_and_each_language_reads_the_same() {
        EmittedTemplates.all().forEach((id, variables) -> {
            for (String language : TemplateCatalog.LANGUAGES) {
                assertThat(TEMPLATES.template(id, language).variables())
                        .as("variables of %s in %s", id, language)
                        .isSubsetOf(variables.keySet())
                        .isEqualTo(TEMPLATES.template(id, TemplateCatalog.LANGUAGES.get(0)).variables());
            }
        });
    }

    /** A text is at most three SMS segments: 153 GSM characters each, 67 when it needs Unicode (Hindi, ₹). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("emittedToCustomersBySms")
    void an_sms_fits_in_three_segments(String id) {
        for (String language : TemplateCatalog.LANGUAGES) {
            String sms = TEMPLATES.render(id, Channel.SMS, language, EmittedTemplates.all().get(id)).text();
            int limit = sms.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n') ? 3 * 153 : 3 * 67;
            assertThat(sms.length()).as("%s in %s: %s", id, language, sms).isLessThanOrEqualTo(limit);
        }
    }

    static Stream<String> emittedToCustomersBySms() {
        return EmittedTemplates.all().keySet().stream().filter(id -> id.startsWith("request.") || id.equals("auth.otp"));
    }
}
