package dev.concierge.ingest.requests.application;

import dev.concierge.ingest.shared.application.Caller.Role;
import dev.concierge.schemas.requests.RequestCommand;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may issue which request command. Customers act on their own requests only (checked
 * separately); quoting, sourcing and delivery are staff work; assigning agents is for admins and agents.
 */
public final class CommandPolicy {

    private static final Set<Role> CUSTOMER_AND_STAFF = EnumSet.of(Role.CUSTOMER, Role.AGENT, Role.ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(Role.AGENT, Role.ADMIN);
    private static final Map<Class<? extends RequestCommand>, Set<Role>> ALLOWED = Map.of(
            RequestCommand.CreateRequest.class, EnumSet.of(Role.CUSTOMER),
            RequestCommand.AcceptQuote.class, EnumSet.of(Role.CUSTOMER, Role.ADMIN),
            RequestCommand.CancelRequest.class, CUSTOMER_AND_STAFF,
            RequestCommand.AssignAgent.class, STAFF,
            RequestCommand.RecordStoreQuote.class, STAFF,
            RequestCommand.SendQuote.class, STAFF,
            RequestCommand.UpdateFulfilment.class, STAFF,
            RequestCommand.RequestRefund.class, CUSTOMER_AND_STAFF,
            RequestCommand.RateRequest.class, EnumSet.of(Role.CUSTOMER),
            RequestCommand.ResendPaymentLink.class, STAFF);

    private CommandPolicy() {
    }

    /** Whether {@code command} has a row here; a command without one is allowed to nobody. */
    public static boolean covers(Class<? extends RequestCommand> command) {
        return ALLOWED.containsKey(command);
    }

    public static boolean allows(Role role, Class<? extends RequestCommand> command) {
        return ALLOWED.getOrDefault(command, Set.of()).contains(role);
    }
}
