package dev.concierge.outbox.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageLogTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void lists_newest_first() {
        MessageLog log = new MessageLog(10);
        log.record(sms("SM1", "+919800000001", 0));
        log.record(sms("SM2", "+919800000002", 1));
        log.record(sms("SM3", "+919800000001", 2));

        assertThat(log.list(MessageQuery.all(10))).extracting(OutboxMessage::id).containsExactly("SM3", "SM2", "SM1");
    }

    @Test
    void keeps_only_the_newest_messages_once_full() {
        MessageLog log = new MessageLog(2);
        log.record(sms("SM1", "+919800000001", 0));
        log.record(sms("SM2", "+919800000001", 1));
        log.record(sms("SM3", "+919800000001", 2));

        assertThat(log.list(MessageQuery.all(10))).extracting(OutboxMessage::id).containsExactly("SM3", "SM2");
        assertThat(log.find("SM1")).isEmpty();
    }

    @Test
    void a_status_update_keeps_the_message_in_its_place() {
        MessageLog log = new MessageLog(10);
        log.record(sms("SM1", "+919800000001", 0));
        log.record(sms("SM2", "+919800000001", 1));

        log.update("SM1", m -> m.withStatus("failed", 63016));

        assertThat(log.list(MessageQuery.all(10))).extracting(OutboxMessage::id, OutboxMessage::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SM2", "queued"),
                        org.assertj.core.groups.Tuple.tuple("SM1", "failed"));
        assertThat(log.update("SM-gone", m -> m.withStatus("sent", null))).isEmpty();
    }

    @Test
    void the_to_filter_ignores_the_whatsapp_prefix_and_the_channel_filter_tells_them_apart() {
        MessageLog log = new MessageLog(10);
        log.record(sms("SM1", "+919800000001", 0));
        log.record(whatsapp("SM2", "+919800000001", 1));
        log.record(sms("SM3", "+919800000002", 2));

        assertThat(log.list(new MessageQuery("whatsapp:+919800000001", null, 10))).extracting(OutboxMessage::id)
                .containsExactly("SM2", "SM1");
        assertThat(log.list(new MessageQuery("+919800000001", Channel.WHATSAPP, 10))).extracting(OutboxMessage::id)
                .containsExactly("SM2");
        assertThat(log.list(new MessageQuery(null, Channel.SMS, 1))).extracting(OutboxMessage::id)
                .containsExactly("SM3");
    }

    static OutboxMessage sms(String id, String to, int minute) {
        return new OutboxMessage(id, Channel.SMS, Direction.OUTBOUND, "+14155238886", to, "hi", List.of(), null, null,
                null, "queued", null, T0.plusSeconds(60L * minute));
    }

    static OutboxMessage whatsapp(String id, String to, int minute) {
        return new OutboxMessage(id, Channel.WHATSAPP, Direction.OUTBOUND, "whatsapp:+14155238886", "whatsapp:" + to,
                "hi", List.of(), null, null, null, "queued", null, T0.plusSeconds(60L * minute));
    }
}
