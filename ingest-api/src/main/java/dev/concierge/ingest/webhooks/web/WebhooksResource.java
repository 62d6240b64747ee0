package dev.concierge.ingest.webhooks.web;

import dev.concierge.ingest.webhooks.application.RazorpayWebhooks;
import dev.concierge.ingest.webhooks.application.TwilioWebhooks;
import dev.concierge.ingest.webhooks.application.WebhookOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gateway callbacks. Authenticated by the gateway's signature only; never by a user token. */
@Path("/v1/webhooks")
@PermitAll
@Tag(name = "webhooks", description = "Razorpay and Twilio callbacks, verified by signature")
public class WebhooksResource {

    static final String TWILIO_INBOUND_PATH = "/v1/webhooks/twilio/inbound";
    static final String TWILIO_STATUS_PATH = "/v1/webhooks/twilio/status";
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    RazorpayWebhooks razorpay;
    @Inject
    TwilioWebhooks twilio;
    @ConfigProperty(name = "concierge.public-base-url")
    String publicBaseUrl;

    @POST
    @Path("/razorpay")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Razorpay webhook → payments.webhooks (raw, once per signed event)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "payment_link.paid", value = """
            {"entity": "event", "event": "payment_link.paid",
             "payload": {"payment_link": {"entity": {"id": "plink_NPx1", "status": "paid"}},
                         "payment": {"entity": {"id": "pay_NPx2", "amount": 8900, "currency": "INR"}}}}""")))
    @APIResponse(responseCode = "200", description = "Stored, or a duplicate of a stored delivery",
            content = @Content(examples = @ExampleObject(name = "stored", value = "{\"result\": \"STORED\", \"eventId\": \"6f1d…\"}")))
    @APIResponse(responseCode = "401", description = "Missing or forged X-Razorpay-Signature; nothing stored")
    public WebhookOutcome razorpay(byte[] body, @HeaderParam("X-Razorpay-Signature") String signature,
            @HeaderParam("X-Razorpay-Event-Id") String eventId) {
        return razorpay.receive(body, signature, eventId);
    }

    @POST
    @Path("/twilio/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Twilio inbound WhatsApp → stores.inbound (store numbers) or chat.messages (customers)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, examples = @ExampleObject(
            name = "store reply", value = "MessageSid=SM1f&From=whatsapp%3A%2B919800000001&Body=Yes%2C+%E2%82%B9640&NumMedia=0")))
    @APIResponse(responseCode = "200", description = "Accepted (empty TwiML)")
    @APIResponse(responseCode = "401", description = "Missing or forged X-Twilio-Signature; nothing stored")
    public Response twilioInbound(MultivaluedMap<String, String> form,
            @HeaderParam("X-Twilio-Signature") String signature) {
        twilio.inbound(publicBaseUrl + TWILIO_INBOUND_PATH, firstValues(form), signature);
        return Response.ok(EMPTY_TWIML, MediaType.APPLICATION_XML_TYPE).build();
    }

    @POST
    @Path("/twilio/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Twilio status callback → notifications.events DeliveryStatusReported")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, examples = @ExampleObject(
            name = "delivered", value = "MessageSid=SM1f&MessageStatus=delivered&To=whatsapp%3A%2B919876543210")))
    @APIResponse(responseCode = "204", description = "Stored (or a duplicate)")
    @APIResponse(responseCode = "401", description = "Missing or forged X-Twilio-Signature; nothing stored")
    public Response twilioStatus(MultivaluedMap<String, String> form,
            @HeaderParam("X-Twilio-Signature") String signature) {
        twilio.status(publicBaseUrl + TWILIO_STATUS_PATH, firstValues(form), signature);
        return Response.noContent().build();
    }

    private static Map<String, String> firstValues(MultivaluedMap<String, String> form) {
        Map<String, String> params = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        }
        return params;
    }
}
