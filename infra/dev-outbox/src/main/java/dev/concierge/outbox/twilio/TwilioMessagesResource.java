package dev.concierge.outbox.twilio;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Twilio's Messages API, as far as the notifier uses it: create a message, fetch it. HTTP Basic with the
 * account SID (or an API key SID) and the auth token, as the SDK sends them.
 */
@Path("/2010-04-01/Accounts/{accountSid}")
@Produces(MediaType.APPLICATION_JSON)
public class TwilioMessagesResource {

    @Inject
    TwilioMessages messages;

    @ConfigProperty(name = "dev-outbox.twilio.auth-token")
    String authToken;

    @POST
    @Path("/Messages.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("accountSid") String accountSid,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MultivaluedMap<String, String> form) {
        if (!authorized(accountSid, authorization)) {
            return error(new TwilioError(20003, "Authenticate", 401));
        }
        TwilioMessages.Result result = messages.send(accountSid, form);
        if (result instanceof TwilioMessages.Accepted accepted) {
            return Response.status(201)
                    .entity(TwilioJson.message(accountSid, accepted.message(), accepted.messagingServiceSid()))
                    .build();
        }
        return error(((TwilioMessages.Rejected) result).error());
    }

    @GET
    @Path("/Messages/{messageSid}.json")
    public Response fetch(@PathParam("accountSid") String accountSid, @PathParam("messageSid") String messageSid,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!authorized(accountSid, authorization)) {
            return error(new TwilioError(20003, "Authenticate", 401));
        }
        return messages.find(messageSid)
                .map(message -> Response.ok(TwilioJson.message(accountSid, message, null)).build())
                .orElseGet(() -> error(new TwilioError(20404, "The requested resource /" + TwilioMessages.API_VERSION
                        + "/Accounts/" + accountSid + "/Messages/" + messageSid + ".json was not found", 404)));
    }

    /** The account in the path with its auth token, or an API key (SK…) with the same secret. */
    private boolean authorized(String accountSid, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String user = decoded.substring(0, colon);
        return (user.equals(accountSid) || user.startsWith("SK")) && decoded.substring(colon + 1).equals(authToken);
    }

    private static Response error(TwilioError error) {
        return Response.status(error.status()).entity(TwilioJson.error(error)).type(MediaType.APPLICATION_JSON).build();
    }
}
