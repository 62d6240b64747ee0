package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.auth.application.PasswordReset;
import dev.concierge.ingest.auth.application.PhoneNumbers;
import dev.concierge.ingest.auth.application.StaffAccountEvents;
import dev.concierge.ingest.auth.application.StaffAccounts;
import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.auth.application.StaffSignIn;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.schemas.agents.AgentEvent.AgentAvailabilityChanged;
import dev.concierge.schemas.agents.AgentEvent.AgentRegistered;
import dev.concierge.schemas.agents.AgentEvent.AgentUpdated;
import dev.concierge.schemas.catalog.Topics;

/** The agent directory: admins register and describe agents; agents (or admins) set their presence. */
public final class AgentDirectory {

    private final EventPublisher events;
    private final StaffAccounts staff;
    private final StaffAccountEvents staffEvents;
    private final PasswordReset invitations;
    private final IdGenerator ids;

    public AgentDirectory(EventPublisher events, StaffAccounts staff, StaffAccountEvents staffEvents,
            PasswordReset invitations, IdGenerator ids) {
        this.events = events;
        this.staff = staff;
        this.staffEvents = staffEvents;
        this.invitations = invitations;
        this.ids = ids;
    }

    /** Creates the agent's sign-in account (no password yet) and emails them an invitation to set one. */
    public Written register(Caller caller, AgentProfile profile) {
        Written.requireRole(caller, Caller.Role.ADMIN, "register agents");
        Categories.requireKnown(profile.skills(), "skills");
        String email = StaffSignIn.normaliseEmail(profile.email());
        String phone = phoneOf(profile);
        if (staff.byEmail(email).isPresent()) {
            throw new ConflictException("a staff account with " + email + " exists already");
        }
        String agentId = ids.next(DirectoryIds.AGENT);
        String eventId = events.publish(Topics.AGENTS_EVENTS, agentId, new AgentRegistered(agentId, profile.name(),
                email, phone, profile.skills(), profile.capacity(), profile.zone())).eventId();
        StaffAccount account = new StaffAccount(agentId, email, profile.name(), Caller.Role.AGENT, null);
        staffEvents.saved(account, phone);
        if (!staff.create(account)) {
            throw new ConflictException("a staff account with " + email + " exists already");
        }
        invitations.invite(account);
        return new Written(agentId, eventId);
    }

    /** Also publishes the agent's staff account with the name, email and phone given here. */
    public Written update(Caller caller, String agentId, AgentProfile profile) {
        Written.requireRole(caller, Caller.Role.ADMIN, "update agents");
        requireAgent(agentId);
        Categories.requireKnown(profile.skills(), "skills");
        String email = StaffSignIn.normaliseEmail(profile.email());
        String phone = phoneOf(profile);
        String eventId = events.publish(Topics.AGENTS_EVENTS, agentId, new AgentUpdated(agentId,
                profile.name(), email, phone, profile.skills(), profile.capacity(), profile.zone())).eventId();
        staffEvents.saved(new StaffAccount(agentId, email, profile.name(), Caller.Role.AGENT, null), phone);
        return new Written(agentId, eventId);
    }

    /** {@code zone}: where the agent is now available ({@code null}: the zone they registered or were updated with). */
    public Written availability(Caller caller, String agentId, boolean online, String zone) {
        DirectoryIds.requireValid(DirectoryIds.AGENT, agentId, "agentId");
        boolean self = caller.role() == Caller.Role.AGENT && caller.id().equals(agentId);
        if (!self && caller.role() != Caller.Role.ADMIN) {
            throw new ForbiddenException("agents set only their own availability");
        }
        requireAgent(agentId);
        return new Written(agentId, events.publish(Topics.AGENTS_EVENTS, agentId,
                new AgentAvailabilityChanged(agentId, online, zone)).eventId());
    }

    private void requireAgent(String agentId) {
        DirectoryIds.requireValid(DirectoryIds.AGENT, agentId, "agentId");
        if (staff.byId(agentId).filter(account -> account.role() == Caller.Role.AGENT).isEmpty()) {
            throw new NotFoundException("no agent " + agentId);
        }
    }

    private static String phoneOf(AgentProfile profile) {
        return profile.phone() == null ? null : PhoneNumbers.normalise(profile.phone(), "phone");
    }
}
