package dev.concierge.requests.streams;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * {@code deserialization.exception.handler}: input topics are read as bytes and decoded by a
 * processor step, so this only meets internal topics (a record written by an older version that
 * this one cannot read); the record goes to the .dlq of the input it came through.
 */
public final class DeserializationToDeadLetter extends ToDeadLetter implements DeserializationExceptionHandler {

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        boolean safe = routing.deadLetter(context, record.topic(), record.key(), record.value(), record.headers(),
                DeadLetters.Stage.DESERIALIZATION, exception);
        return safe ? DeserializationHandlerResponse.CONTINUE : DeserializationHandlerResponse.FAIL;
    }
}
