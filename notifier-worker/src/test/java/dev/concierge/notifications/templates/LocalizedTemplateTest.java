package dev.concierge.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a template source must be for the service to start with it. */
class LocalizedTemplateTest {

    private static final String EMAIL = "{#fragment id=email}<p>Hi</p>{/fragment}";

    @Test
    void a_source_without_a_subject_is_refused_when_loaded() {
        assertThatThrownBy(() -> load("{#fragment id=text}Hi{/fragment}" + EMAIL, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no {#fragment id=subject}");
    }

    @Test
    void a_text_with_sections_needs_a_flat_whatsapp_fragment() {
        String source = "{#fragment id=subject}S{/fragment}"
                + "{#fragment id=text}On the way.{#if riderName} Rider: {riderName}.{/if}{/fragment}" + EMAIL;

        assertThatThrownBy(() -> load(source, Set.of("riderName")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has sections; give the template a flat {#fragment id=whatsapp}");
        assertThat(load(source.replace(EMAIL, "{#fragment id=whatsapp}News about your order.{/fragment}" + EMAIL),
                Set.of("riderName")).whatsAppVariables()).isEmpty();
    }

    @Test
    void a_whatsapp_text_may_not_use_an_optional_variable() {
        String source = "{#fragment id=subject}S{/fragment}{#fragment id=text}Rider: {riderName}{/fragment}" + EMAIL;

        assertThatThrownBy(() -> load(source, Set.of("riderName")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uses the optional variable riderName");
    }

    @Test
    void variables_are_every_name_the_source_reads_in_any_fragment() {
        String source = "{#fragment id=subject}{total}{/fragment}{#fragment id=text}{itemPrice} then {total}{/fragment}"
                + "{#fragment id=email}<p>{#if stage == 'PICKED_UP'}{url}{/if}</p>{/fragment}";

        LocalizedTemplate template = load(source, Set.of());

        assertThat(template.variables()).containsExactlyInAnyOrder("total", "itemPrice", "stage", "url");
        assertThat(template.whatsAppVariables()).containsExactly("itemPrice", "total");
    }

    private static LocalizedTemplate load(String source, Set<String> optional) {
        return new LocalizedTemplate(QuteMessageTemplates.strictEngine(), "test.template", "en", source, optional);
    }
}
