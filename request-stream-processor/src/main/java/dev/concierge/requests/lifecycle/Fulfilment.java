package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.requests.RequestCommand.RateRequest;
import dev.concierge.schemas.requests.RequestCommand.UpdateFulfilment;
import dev.concierge.schemas.requests.RequestEvent.Delivered;
import dev.concierge.schemas.requests.RequestEvent.FulfilmentUpdated;
import dev.concierge.schemas.requests.RequestEvent.RequestRated;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pick-up, delivery and the customer's rating. */
final class Fulfilment {

    Decision update(Input.Command input, Changes changes) {
        UpdateFulfilment c = (UpdateFulfilment) input.command();
        RequestSnapshot.Fulfilment current = changes.state().snapshot().fulfilment();
        if (current != null && current.stage().compareTo(c.stage()) > 0) {
            return new Decision.Rejected("fulfilment is already " + current.stage() + "; it cannot go back to " + c.stage());
        }
        changes.fact(new FulfilmentUpdated(c.requestId(), c.stage(), c.riderName(), c.riderPhone(), c.eta(), c.note()));
        if (c.stage() == FulfilmentStage.DELIVERED) {
            changes.fact(new Delivered(c.requestId(), changes.now()))
                    .notifyCustomer("request.delivered", Map.of("requestId", c.requestId(), "askRating", "true"));
        } else {
            Map<String, String> variables = new LinkedHashMap<>();
            variables.put("stage", c.stage().name());
            if (c.riderName() != null) {
                variables.put("riderName", c.riderName());
            }
            if (c.eta() != null) {
                variables.put("eta", c.eta().toString());
            }
            changes.notifyCustomer("request.fulfilment", variables);
        }
        return changes.accept();
    }

    Decision rate(Input.Command input, Changes changes) {
        RateRequest c = (RateRequest) input.command();
        if (changes.state().snapshot().rating() != null) {
            return new Decision.Rejected("the request was already rated");
        }
        changes.fact(new RequestRated(c.requestId(), c.rating(), c.comment()));
        return changes.accept();
    }
}
