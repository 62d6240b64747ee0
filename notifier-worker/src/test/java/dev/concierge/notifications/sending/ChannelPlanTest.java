package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.notifications.directory.application.Contact;
import dev.concierge.notifications.sending.application.ChannelPlan;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelPlanTest {

    private final ChannelPlan plan = new ChannelPlan();

    @Test
    void the_notifys_own_channels_come_first() {
        Contact prefersEmail = withChannels(Recipient.Kind.CUSTOMER, List.of(Channel.EMAIL));

        assertThat(plan.channels(List.of(Channel.SMS), prefersEmail)).containsExactly(Channel.SMS);
    }

    @Test
    void an_empty_list_means_the_recipients_preferences_in_their_order() {
        Contact prefers = withChannels(Recipient.Kind.CUSTOMER, List.of(Channel.EMAIL, Channel.SMS));

        assertThat(plan.channels(List.of(), prefers)).containsExactly(Channel.EMAIL, Channel.SMS);
    }

    @Test
    void a_customer_without_preferences_gets_whatsapp_then_sms_then_in_app() {
        assertThat(plan.channels(List.of(), Contact.unknown("cus_1", Recipient.Kind.CUSTOMER)))
                .containsExactly(Channel.WHATSAPP, Channel.SMS, Channel.IN_APP);
        assertThat(plan.channels(List.of(), Contact.unknown("sto_1", Recipient.Kind.STORE)))
                .containsExactly(Channel.WHATSAPP, Channel.SMS);
    }

    private static Contact withChannels(Recipient.Kind kind, List<Channel> channels) {
        return new Contact("id", kind, "+919800000000", List.of(), "en", channels, null, List.of());
    }
}
