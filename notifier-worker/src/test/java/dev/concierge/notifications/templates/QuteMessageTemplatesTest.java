package dev.concierge.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.schemas.common.Channel;
import java.util.HashMap;
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

    @Test
    void money_reads_in_rupees_and_times_in_india() {
        RenderedMessage sms = templates.render("request.quote", Channel.SMS, "en", EmittedTemplates.VARIABLES.get("request.quote"));
        RenderedMessage hindi = templates.render("request.quote", Channel.SMS, "hi", EmittedTemplates.VARIABLES.get("request.quote"));

        assertThat(sms.text()).isEqualTo(
                "Concierge: we found your item! ₹450.00 + ₹30.00 delivery = ₹480.00. Accept it in the app by 30 Nov, 6:45 PM.");
        assertThat(hindi.text()).isEqualTo(
                "Concierge: आपका सामान मिल गया! ₹450.00 + ₹30.00 डिलीवरी = ₹480.00। 30 नवंबर, 6:45 pm तक ऐप में स्वीकार करें।");
    }

    @Test
    void large_amounts_use_indian_grouping_and_other_currencies_keep_their_code() {
        assertThat(VariableFormats.money("INR 145000.00")).isEqualTo("₹1,45,000.00");
        assertThat(VariableFormats.money("INR 12345678.50")).isEqualTo("₹1,23,45,678.50");
        assertThat(VariableFormats.money("INR 999.00")).isEqualTo("₹999.00");
        assertThat(VariableFormats.money("USD 12.00")).isEqualTo("USD 12.00");
    }

    @Test
    void the_whatsapp_template_numbers_variables_in_the_order_the_text_uses_them() {
        RenderedMessage whatsApp = templates.render("request.quote", Channel.WHATSAPP, "en",
                EmittedTemplates.VARIABLES.get("request.quote"));

        assertThat(templates.template("request.quote", "en").whatsAppVariables())
                .containsExactly("itemPrice", "deliveryFee", "total", "expiresAt");
        assertThat(whatsApp.whatsAppTemplate().variables()).isEqualTo(Map.of(
                "1", "₹450.00", "2", "₹30.00", "3", "₹480.00", "4", "30 Nov, 6:45 PM"));
    }

    @Test
    void a_whatsapp_variable_never_carries_a_line_break() {
        RenderedMessage whatsApp = templates.render("request.needs-info", Channel.WHATSAPP, "en",
                EmittedTemplates.VARIABLES.get("request.needs-info"));

        assertThat(whatsApp.text()).contains("Which strength do you need?\nHow many strips?");
        assertThat(whatsApp.whatsAppTemplate().variables())
                .isEqualTo(Map.of("1", "Which strength do you need? How many strips?"));
    }

    @Test
    void a_configured_content_sid_wins_and_production_has_no_made_up_one() {
        String property = "concierge.whatsapp.content-sids.\"auth.otp.hi\"";
        QuteMessageTemplates configured = new QuteMessageTemplates(new ContentSids(
                name -> name.equals(property) ? Optional.of("HX0123456789abcdef0123456789abcdef") : Optional.empty(), false));
        Map<String, String> vars = Map.of("code", "482913", "expiresInMinutes", "5");

        assertThat(configured.render("auth.otp", Channel.WHATSAPP, "hi", vars).whatsAppTemplate().contentSid())
                .isEqualTo("HX0123456789abcdef0123456789abcdef");
        assertThat(configured.render("auth.otp", Channel.WHATSAPP, "en", vars).whatsAppTemplate()).isNull();
    }

    @Test
    void customer_text_is_escaped_in_the_html_email_and_left_as_typed_elsewhere() {
        Map<String, String> vars = Map.of("reason", "<script>alert('x')</script> & \"more\"", "requestId", "req_1");

        RenderedMessage email = templates.render("request.cancelled", Channel.EMAIL, "en", vars);
        RenderedMessage sms = templates.render("request.cancelled", Channel.SMS, "en", vars);

        assertThat(email.html()).contains("Reason: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .doesNotContain("<script>");
        assertThat(email.text()).contains("Reason: <script>alert('x')</script> & \"more\"");
        assertThat(sms.text()).contains("(<script>alert('x')</script> & \"more\")");
    }

    @Test
    void a_link_cannot_break_out_of_its_attribute() {
        Map<String, String> vars = Map.of("url", "https://pay.example/x\" onmouseover=\"alert(1)", "amount", "INR 480.00",
                "requestId", "req_1");

        RenderedMessage email = templates.render("request.payment-link", Channel.EMAIL, "en", vars);

        assertThat(email.html()).contains("href=\"https://pay.example/x&quot; onmouseover=&quot;alert(1)\"")
                .doesNotContain("\" onmouseover=\"");
        assertThat(email.text()).contains("Pay ₹480.00: https://pay.example/x\" onmouseover=\"alert(1)");
    }

    @Test
    void a_fulfilment_update_leaves_out_the_rider_and_eta_it_does_not_have() {
        Map<String, String> withNull = new HashMap<>(Map.of("stage", "PICKED_UP", "requestId", "req_1"));
        withNull.put("riderName", null);

        RenderedMessage bare = templates.render("request.fulfilment", Channel.SMS, "en", withNull);
        RenderedMessage full = templates.render("request.fulfilment", Channel.PUSH, "hi",
                EmittedTemplates.VARIABLES.get("request.fulfilment"));

        assertThat(bare.text()).isEqualTo("Concierge: your order has been picked up from the store.");
        assertThat(full.subject()).isEqualTo("आपका ऑर्डर रास्ते में है");
        assertThat(full.text()).isEqualTo(
                "Concierge: आपका ऑर्डर रास्ते में है। राइडर: Ravi। 30 नवंबर, 7:10 pm तक पहुँचने की उम्मीद है।");
    }

    @Test
    void an_optional_variable_never_makes_the_whatsapp_template_incomplete() {
        RenderedMessage whatsApp = templates.render("request.fulfilment", Channel.WHATSAPP, "en",
                Map.of("stage", "OUT_FOR_DELIVERY", "requestId", "req_1"));

        assertThat(whatsApp.text()).isEqualTo("Concierge: your order is on the way.");
        assertThat(whatsApp.whatsAppTemplate().variables()).isEmpty();
    }

    @Test
    void push_and_in_app_have_a_title_and_sms_and_whatsapp_none() {
        Map<String, String> vars = EmittedTemplates.VARIABLES.get("request.paid");

        assertThat(templates.render("request.paid", Channel.PUSH, "en", vars).subject()).isEqualTo("Payment received: ₹480.00");
        assertThat(templates.render("request.paid", Channel.IN_APP, "hi", vars).subject()).isEqualTo("भुगतान मिल गया: ₹480.00");
        assertThat(templates.render("request.paid", Channel.SMS, "en", vars).subject()).isNull();
        assertThat(templates.render("request.paid", Channel.WHATSAPP, "en", vars).subject()).isNull();
    }

    @Test
    void the_text_part_of_an_email_keeps_the_lines_of_a_multi_line_variable() {
        RenderedMessage email = templates.render("request.needs-info", Channel.EMAIL, "en",
                EmittedTemplates.VARIABLES.get("request.needs-info"));

        assertThat(email.text()).contains("information:\n\nWhich strength do you need?\nHow many strips?\n\nPlease answer");
        assertThat(email.html()).contains("Which strength do you need?\nHow many strips?</p>");
    }
}
