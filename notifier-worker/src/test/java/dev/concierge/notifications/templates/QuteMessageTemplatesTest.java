package dev.concierge.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.schemas.common.Channel;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuteMessageTemplatesTest {

    private final QuteMessageTemplates templates = new QuteMessageTemplates(new ContentSids(name -> Optional.empty(), true));

    @Test
    void an_sms_carries_the_code_and_its_lifetime() {
        RenderedMessage sms = templates.render("auth.otp", Channel.SMS, "en",
                Map.of("code", "482913", "expiresInMinutes", "5"));

        assertThat(sms.text()).isEqualTo(
                "482913 is your Concierge sign-in code. It expires in 5 min. Do not share it with anyone.");
        assertThat(sms.subject()).isNull();
        assertThat(sms.html()).isNull();
    }

    @Test
    void a_missing_variable_names_the_variable_and_the_template() {
        assertThatThrownBy(() -> templates.render("auth.otp", Channel.SMS, "en", Map.of("expiresInMinutes", "5")))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.reason())
                        .isEqualTo("missing-variable: code (template auth.otp)"));
    }

    @Test
    void a_blank_variable_counts_as_missing() {
        assertThatThrownBy(() -> templates.render("auth.otp", Channel.SMS, "en", Map.of("code", " ", "expiresInMinutes", "5")))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.reason())
                        .startsWith("missing-variable: code"));
    }

    @Test
    void an_unknown_template_is_refused_by_its_id() {
        assertThatThrownBy(() -> templates.render("request.teleported", Channel.SMS, "en", Map.of()))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.reason())
                        .isEqualTo("unknown-template: request.teleported"));
    }

    @Test
    void hindi_is_chosen_for_hi_and_english_for_a_language_not_written() {
        Map<String, String> vars = Map.of("code", "482913", "expiresInMinutes", "5");

        assertThat(templates.render("auth.otp", Channel.SMS, "hi", vars).text()).contains("साइन-इन कोड");
        assertThat(templates.render("auth.otp", Channel.SMS, "hi-IN", vars).text()).contains("साइन-इन कोड");
        assertThat(templates.render("auth.otp", Channel.SMS, "ta", vars).text()).startsWith("482913 is your");
        assertThat(templates.render("auth.otp", Channel.SMS, null, vars).text()).startsWith("482913 is your");
    }

    @Test
    void an_email_has_a_subject_an_html_part_and_a_text_part_from_one_source() {
        RenderedMessage email = templates.render("request.received", Channel.EMAIL, "en", Map.of("requestId", "req_1"));

        assertThat(email.subject()).isEqualTo("We got your request");
        assertThat(email.html()).startsWith("<!DOCTYPE html>").contains("<p>We got your request and an agent is on it.");
        assertThat(email.text()).isEqualTo("""
                Hello,

                We got your request and an agent is on it. We will write to you as soon as we know more.

                Request req_1

                Concierge
                You get this email because you use Concierge.""");
    }

    @Test
    void a_whatsapp_carries_the_approved_template_with_numbered_variables() {
        RenderedMessage whatsApp = templates.render("auth.otp", Channel.WHATSAPP, "hi",
                Map.of("code", "482913", "expiresInMinutes", "5"));

        assertThat(whatsApp.whatsAppTemplate().contentSid()).isEqualTo(ContentSids.devDefault("auth.otp", "hi")).hasSize(34);
        assertThat(whatsApp.whatsAppTemplate().variables()).isEqualTo(Map.of("1", "482913", "2", "5"));
    }
}
