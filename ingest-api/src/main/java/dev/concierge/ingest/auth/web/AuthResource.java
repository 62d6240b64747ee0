package dev.concierge.ingest.auth.web;

import dev.concierge.ingest.auth.application.OtpSignIn;
import dev.concierge.ingest.auth.application.OtpSignIn.OtpSent;
import dev.concierge.ingest.auth.application.PasswordReset;
import dev.concierge.ingest.auth.application.Session;
import dev.concierge.ingest.auth.application.Sessions;
import dev.concierge.ingest.auth.application.StaffSignIn;
import dev.concierge.ingest.auth.web.AuthRequests.LoginRequest;
import dev.concierge.ingest.auth.web.AuthRequests.LogoutRequest;
import dev.concierge.ingest.auth.web.AuthRequests.OtpRequest;
import dev.concierge.ingest.auth.web.AuthRequests.RefreshRequest;
import dev.concierge.ingest.auth.web.AuthRequests.ResetConfirmation;
import dev.concierge.ingest.auth.web.AuthRequests.ResetRequest;
import dev.concierge.ingest.auth.web.AuthRequests.VerifyRequest;
import dev.concierge.ingest.shared.web.NeverReplayed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/auth")
@NeverReplayed
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Customer phone OTP, staff password sign-in, token refresh and logout")
public class AuthResource {

    @Inject
    OtpSignIn otpSignIn;
    @Inject
    StaffSignIn staffSignIn;
    @Inject
    Sessions sessions;
    @Inject
    PasswordReset passwordReset;
    @Inject
    JsonWebToken jwt;
    @ConfigProperty(name = "concierge.auth.password-reset.min-answer-time")
    Duration resetMinAnswerTime;

    @POST
    @Path("/otp")
    @PermitAll
    @Operation(summary = "Send a 6-digit sign-in code by SMS",
            description = "Indian numbers may omit +91. The code lives 5 minutes, survives 5 wrong tries and can be "
                    + "re-sent after 30 s; a phone gets at most 5 codes an hour and 10 a day, and at most 10 wrong "
                    + "guesses an hour and 20 a day across all its codes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "phone", value = "{\"phone\": \"98765 43210\"}")))
    @APIResponse(responseCode = "202", description = "Code sent",
            content = @Content(examples = @ExampleObject(name = "sent",
                    value = "{\"phone\": \"+919876543210\", \"expiresIn\": 300, \"resendAfter\": 30}")))
    @APIResponse(responseCode = "429", description = "Asked again too soon (Retry-After)")
    public Response requestOtp(@Valid @NotNull OtpRequest body) {
        OtpSent sent = otpSignIn.requestCode(body.phone());
        return Response.accepted(sent).build();
    }

    @POST
    @Path("/verify")
    @PermitAll
    @Operation(summary = "Exchange the SMS code for an access token (15 min) and a refresh token")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verify",
            value = "{\"phone\": \"+919876543210\", \"code\": \"493817\"}")))
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(examples = @ExampleObject(name = "session", value = """
                    {"accessToken": "eyJ…", "tokenType": "Bearer", "expiresIn": 900, "refreshToken": "q3…",
                     "subject": "cus_1f0c…", "role": "customer"}""")))
    @APIResponse(responseCode = "401", description = "Wrong, expired or used code")
    public Session verifyOtp(@Valid @NotNull VerifyRequest body) {
        return otpSignIn.verify(body.phone(), body.code());
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Staff (agent, admin) sign-in with email and password",
            description = "From the 5th wrong password for an email on, the email is locked for 30 s, doubling with "
                    + "each further failure up to 15 min: 429 with Retry-After, even for the right password.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "login",
            value = "{\"email\": \"admin@concierge.local\", \"password\": \"concierge-admin\"}")))
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Email or password wrong")
    @APIResponse(responseCode = "429", description = "Locked after repeated wrong passwords (Retry-After)")
    public Session login(@Valid @NotNull LoginRequest body) {
        return staffSignIn.login(body.email(), body.password());
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Rotate a refresh token: returns new tokens, the old refresh token stops working",
            description = "A refresh token presented a second time ends its whole session: every refresh and access "
                    + "token descended from that sign-in stops working.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "refresh", value = "{\"refreshToken\": \"q3…\"}")))
    @APIResponse(responseCode = "200", description = "New session")
    @APIResponse(responseCode = "401", description = "Unknown, used or revoked refresh token")
    public Session refresh(@Valid @NotNull RefreshRequest body) {
        return sessions.refresh(body.refreshToken());
    }

    @POST
    @Path("/logout")
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Revoke the current access token and its session (every token from the same sign-in) and, if given, the refresh token's session")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "logout",
            value = "{\"refreshToken\": \"q3…\"}")))
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response logout(LogoutRequest body) {
        sessions.logout(jwt.getTokenID(), Instant.ofEpochSecond(jwt.getExpirationTime()),
                RevokedTokens.sessionOf(jwt), body == null ? null : body.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    @Operation(summary = "Email a staff member a one-time reset token (answers 202 whether or not the email exists)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reset", value = "{\"email\": \"asha@concierge.local\"}")))
    @APIResponse(responseCode = "202", description = "If the account exists, an email is on its way")
    @APIResponse(responseCode = "429", description = "Asked too often for this email (Retry-After)")
    public Response requestReset(@Valid @NotNull ResetRequest body) {
        long started = System.nanoTime();
        try {
            passwordReset.requestReset(body.email());
            return Response.accepted().build();
        } finally {
            // a known email costs a Kafka round trip more than an unknown one: answer both no sooner
            // than the floor, so that response time does not tell which emails have accounts
            waitUntil(started + resetMinAnswerTime.toNanos());
        }
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    @Operation(summary = "Set a new password with the emailed token (single use)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirm",
            value = "{\"token\": \"Zx9…\", \"newPassword\": \"a long new passphrase\"}")))
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "401", description = "Unknown, used or expired token")
    public Response confirmReset(@Valid @NotNull ResetConfirmation body) {
        passwordReset.confirm(body.token(), body.newPassword());
        return Response.noContent().build();
    }
}
