package dev.concierge.ingest.directory.web;

import dev.concierge.ingest.directory.application.AgentDirectory;
import dev.concierge.ingest.directory.application.AgentProfile;
import dev.concierge.ingest.directory.application.CustomerDevices;
import dev.concierge.ingest.directory.application.CustomerProfiles;
import dev.concierge.ingest.directory.application.StoreDirectory;
import dev.concierge.ingest.directory.application.StoreProfile;
import dev.concierge.ingest.directory.application.Written;
import dev.concierge.ingest.directory.web.DirectoryBodies.AddressSaveBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.AgentAvailabilityBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.AgentBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.DeviceBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.PreferencesBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.ProfileBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.QuietHoursBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.StoreAvailabilityBody;
import dev.concierge.ingest.directory.web.DirectoryBodies.StoreBody;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.web.CurrentCaller;
import dev.concierge.ingest.shared.web.FieldLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "directory", description = "Stores, agents and the customer's own profile (stores/agents/customers.events)")
public class DirectoryResource {

    static final String WRITTEN = "{\"id\": \"sto_5b0c…\", \"eventId\": \"6f1d…\"}";

    @Inject
    StoreDirectory stores;
    @Inject
    AgentDirectory agents;
    @Inject
    CustomerProfiles customers;
    @Inject
    CustomerDevices devices;
    @Inject
    CurrentCaller caller;
    /** How far a store delivers when the body does not say. */
    @ConfigProperty(name = "concierge.stores.default-radius-meters", defaultValue = "3000")
    int defaultRadiusMeters;

    @POST
    @Path("/stores")
    @RolesAllowed("admin")
    @Operation(summary = "Admin: register a store (StoreRegistered)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "store", value = """
            {"name": "Sri Sai Medicals", "phone": "+919800000001",
             "address": {"line1": "4 Brigade Rd", "city": "Bengaluru", "pincode": "560025",
                         "location": {"lat": 12.9719, "lon": 77.6070}},
             "categories": ["medicines-health", "personal-care"],
             "openingHours": [{"day": "MONDAY", "opens": "09:00", "closes": "22:00"}], "radiusMeters": 4000}""")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "written", value = WRITTEN)))
    @APIResponse(responseCode = "409", description = "Another store uses this phone number")
    public Response registerStore(@Valid @NotNull StoreBody body) {
        return accepted(stores.register(caller.get(), storeProfile(body)));
    }

    @PUT
    @Path("/stores/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Admin: replace a store's description (StoreUpdated)")
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "written", value = WRITTEN)))
    public Response updateStore(@PathParam("id") String storeId, @Valid @NotNull StoreBody body) {
        return accepted(stores.update(caller.get(), storeId, storeProfile(body)));
    }

    @POST
    @Path("/stores/{id}/availability")
    @RolesAllowed({"agent", "admin"})
    @Operation(summary = "Staff: pause or resume a store (StoreAvailabilityChanged)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "closed",
            value = "{\"available\": false, \"reason\": \"closed for Diwali\"}")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    public Response storeAvailability(@PathParam("id") String storeId, @Valid @NotNull StoreAvailabilityBody body) {
        return accepted(stores.availability(caller.get(), storeId, body.available(), body.reason()));
    }

    @POST
    @Path("/agents")
    @RolesAllowed("admin")
    @Operation(summary = "Admin: register an agent (AgentRegistered) and email them an invitation to set a password")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "agent", value = """
            {"name": "Asha Rao", "email": "asha@concierge.local", "phone": "+919811111111",
             "skills": ["medicines-health", "grocery"], "capacity": 8, "zone": "bengaluru"}""")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    @APIResponse(responseCode = "409", description = "A staff account with this email exists")
    public Response registerAgent(@Valid @NotNull AgentBody body) {
        return accepted(agents.register(caller.get(), agentProfile(body)));
    }

    @PUT
    @Path("/agents/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Admin: replace an agent's description (AgentUpdated)")
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    public Response updateAgent(@PathParam("id") String agentId, @Valid @NotNull AgentBody body) {
        return accepted(agents.update(caller.get(), agentId, agentProfile(body)));
    }

    @POST
    @Path("/agents/{id}/availability")
    @RolesAllowed({"agent", "admin"})
    @Operation(summary = "Agent (self) or admin: go online or offline (AgentAvailabilityChanged)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "online", value = "{\"online\": true, \"zone\": \"bengaluru\"}")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    @APIResponse(responseCode = "403", description = "Another agent's availability")
    public Response agentAvailability(@PathParam("id") String agentId, @Valid @NotNull AgentAvailabilityBody body) {
        return accepted(agents.availability(caller.get(), agentId, body.online(), body.zone()));
    }

    @PUT
    @Path("/customers/me/profile")
    @RolesAllowed("customer")
    @Operation(summary = "Customer: name and email (CustomerProfileUpdated)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "profile",
            value = "{\"name\": \"Ravi Kumar\", \"email\": \"ravi@example.com\"}")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    public Response updateProfile(@Valid @NotNull ProfileBody body) {
        return accepted(customers.updateProfile(caller.get(), body.name(), body.email()));
    }

    @POST
    @Path("/customers/me/addresses")
    @RolesAllowed("customer")
    @Operation(summary = "Customer: save an address (AddressSaved); the default one is used for WhatsApp requests")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "home", value = """
            {"label": "Home", "address": {"line1": "12 MG Road", "city": "Bengaluru", "pincode": "560001"},
             "makeDefault": true}""")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "written", value = "{\"id\": \"adr_1c…\", \"eventId\": \"6f1d…\"}")))
    public Response saveAddress(@Valid @NotNull AddressSaveBody body) {
        return accepted(customers.saveAddress(caller.get(), body.addressId(), body.label(), body.address().toAddress(),
                Boolean.TRUE.equals(body.makeDefault())));
    }

    @PUT
    @Path("/customers/me/notification-preferences")
    @RolesAllowed("customer")
    @Operation(summary = "Customer: channels in order of preference, marketing consent, language and quiet hours "
            + "(NotificationPreferencesUpdated)",
            description = "language: en or hi (absent: English). quietHours: times of day HH:mm in an IANA time zone; "
                    + "the window may cross midnight, start and end differ (absent: none). During quiet hours only "
                    + "sign-in codes, payment and delivery messages are sent.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "prefs", value = """
            {"channels": ["WHATSAPP", "SMS"], "marketingOptIn": false, "language": "hi",
             "quietHours": {"start": "22:00", "end": "07:00", "timeZone": "Asia/Kolkata"}}""")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in errors[].field), e.g. language or "
            + "quietHours.timeZone")
    public Response preferences(@Valid @NotNull PreferencesBody body) {
        QuietHoursBody quiet = body.quietHours();
        return accepted(customers.notificationPreferences(caller.get(), body.channels(), body.marketingOptIn(),
                body.language(), quiet == null ? null
                        : CustomerProfiles.quietHours(quiet.start(), quiet.end(), quiet.timeZone())));
    }

    @POST
    @Path("/customers/me/devices")
    @RolesAllowed("customer")
    @Operation(summary = "Customer: register a device for push notifications (DeviceRegistered)",
            description = "Registering the same deviceId again replaces its push token.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "android", value = """
            {"deviceId": "pixel-7-5f2c", "platform": "ANDROID", "pushToken": "fGz3…:APA91bH…"}""")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "written", value = "{\"id\": \"pixel-7-5f2c\", \"eventId\": \"6f1d…\"}")))
    public Response registerDevice(@Valid @NotNull DeviceBody body) {
        return accepted(devices.register(caller.get(), body.deviceId(), body.platform(), body.pushToken()));
    }

    @DELETE
    @Path("/customers/me/devices/{deviceId}")
    @RolesAllowed("customer")
    @Operation(summary = "Customer: stop push notifications to a device (DeviceUnregistered)")
    @APIResponse(responseCode = "202", description = "Stored on Kafka")
    public Response unregisterDevice(@PathParam("deviceId") String deviceId) {
        if (deviceId == null || !deviceId.matches(FieldLimits.ID)) {
            throw InvalidInputException.of("deviceId", FieldLimits.ID_MESSAGE);
        }
        return accepted(devices.unregister(caller.get(), deviceId));
    }

    private StoreProfile storeProfile(StoreBody body) {
        return new StoreProfile(body.name(), body.phone(), body.address().toAddress(), body.categories(),
                body.openingHours() == null ? List.of() : body.openingHours(),
                body.radiusMeters() == null ? defaultRadiusMeters : body.radiusMeters());
    }

    private static AgentProfile agentProfile(AgentBody body) {
        return new AgentProfile(body.name(), body.email(), body.phone(), body.skills(), body.capacity(), body.zone());
    }

    private static Response accepted(Written written) {
        return Response.accepted(written).build();
    }
}
