package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.payments.PaymentEvent;
import org.junit.jupiter.api.Test;

class InputMappingTest {

    @Test
    void every_payment_event_of_the_catalog_is_read_and_none_is_dead_lettered_as_unmapped() {
        // a new payment fact the lifecycle does not know would otherwise send a valid record to the .dlq
        SampleEvents.oneOfEachType().stream()
                .filter(PaymentEvent.class::isInstance)
                .map(PaymentEvent.class::cast)
                .forEach(event -> assertThatCode(() -> InputMapping.payment(event))
                        .as(event.getClass().getSimpleName()).doesNotThrowAnyException());
    }
}
