package dev.concierge.outbox.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void groups_whatsapp_sms_and_replies_of_one_number_newest_conversation_first_messages_in_chat_order() {
        MessageLog log = new MessageLog(10);
        log.record(MessageLogTest.whatsapp("SM1", "+919800000001", 0));
        log.record(MessageLogTest.sms("SM2", "+919800000002", 1));
        log.record(new OutboxMessage("SM3", Channel.WHATSAPP, Direction.INBOUND, "whatsapp:+919800000001",
                "whatsapp:+14155238886", "BX47 YES 450", List.of(), null, null, null, "received", null,
                T0.plusSeconds(120)));
        log.record(MessageLogTest.sms("SM4", "+919800000001", 3));

        List<Conversation> conversations = Conversation.group(log.list(MessageQuery.all(10)), 50);

        assertThat(conversations).extracting(Conversation::counterpart).containsExactly("+919800000001", "+919800000002");
        assertThat(conversations.get(0).messages()).extracting(OutboxMessage::id).containsExactly("SM1", "SM3", "SM4");
        assertThat(conversations.get(0).replyTo()).isEqualTo("+14155238886");
    }

    @Test
    void shows_only_the_latest_messages_of_a_long_conversation() {
        MessageLog log = new MessageLog(10);
        for (int i = 0; i < 5; i++) {
            log.record(MessageLogTest.sms("SM" + i, "+919800000001", i));
        }

        Conversation conversation = Conversation.group(log.list(MessageQuery.all(10)), 2).get(0);

        assertThat(conversation.messages()).extracting(OutboxMessage::id).containsExactly("SM3", "SM4");
    }

    @Test
    void an_email_thread_has_no_reply_box() {
        OutboxMessage email = new OutboxMessage("EM1", Channel.EMAIL, Direction.OUTBOUND, "receipts@concierge.local",
                "ravi@example.in", "Receipt", List.of(), null, new EmailContent("Receipt", null, null), null,
                "received", null, T0);

        Conversation conversation = Conversation.group(List.of(email), 50).get(0);

        assertThat(conversation.counterpart()).isEqualTo("ravi@example.in");
        assertThat(conversation.canReply()).isFalse();
    }
}
