package dev.concierge.requests.streams;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * {@code processing.exception.handler}: a processor step that throws on one record (a bug, data no
 * step foresaw) sends that input record, byte for byte, to its input's .dlq with the reason, and the
 * stream goes on with the next record. A timer has no input record: its failure is logged and skipped.
 */
public final class ProcessingToDeadLetter extends ToDeadLetter implements ProcessingExceptionHandler {

    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (context.sourceRawValue() == null) {
            // a punctuation (timer) has no input record to keep; the timer's own code logs what failed
            return ProcessingHandlerResponse.CONTINUE;
        }
        boolean safe = routing.deadLetter(context, null, context.sourceRawKey(), context.sourceRawValue(),
                context.headers(), DeadLetters.Stage.PROCESSING, exception);
        return safe ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
    }
}
