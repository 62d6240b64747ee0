package dev.concierge.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.Channel;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates as the running service has them: one bean, loaded at start-up, with the test profile's SIDs. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MessageTemplatesBeanTest {

    @Inject
    MessageTemplates templates;

    @Test
    void the_service_renders_a_whatsapp_with_its_approved_template() {
        RenderedMessage message = templates.render("auth.otp", Channel.WHATSAPP, "en",
                Map.of("code", "482913", "expiresInMinutes", "5"));

        assertThat(message.text()).startsWith("482913 is your Concierge sign-in code.");
        assertThat(message.whatsAppTemplate().contentSid()).isEqualTo(ContentSids.devDefault("auth.otp", "en"));
    }
}
