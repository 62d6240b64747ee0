package dev.concierge.requests.streams;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * {@code production.exception.handler}: a result that Kafka refuses (too large, invalid) sends the
 * input record that caused it to its input's .dlq with the reason, and the stream goes on. Transient
 * errors are retried. When the source record is not known (a timer), the refused record itself is kept.
 */
public final class ProductionToDeadLetter extends ToDeadLetter implements ProductionExceptionHandler {

    @Override
    public ProductionExceptionHandlerResponse handle(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandlerResponse.RETRY;
        }
        return deadLetter(context, record, exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandlerResponse handleSerializationException(ErrorHandlerContext context,
            ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
        return deadLetter(context, null, exception);
    }

    private ProductionExceptionHandlerResponse deadLetter(ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> refused, Exception exception) {
        boolean hasSource = context != null && context.sourceRawValue() != null;
        byte[] key = hasSource ? context.sourceRawKey() : refused == null ? null : refused.key();
        byte[] value = hasSource ? context.sourceRawValue() : refused == null ? null : refused.value();
        String topic = refused == null ? null : refused.topic();
        boolean safe = routing.deadLetter(hasSource ? context : null, hasSource ? null : topic, key, value,
                hasSource ? context.headers() : refused == null ? null : refused.headers(),
                DeadLetters.Stage.PRODUCTION, exception);
        return safe ? ProductionExceptionHandlerResponse.CONTINUE : ProductionExceptionHandlerResponse.FAIL;
    }
}
