package dev.concierge.ingest.auth.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the /v1/auth endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    record OtpRequest(@NotBlank String phone) {
    }

    record VerifyRequest(@NotBlank String phone, @NotBlank String code) {
    }

    record LoginRequest(@NotBlank @Email String email, @NotBlank String password) {
    }

    record RefreshRequest(@NotBlank String refreshToken) {
    }

    record LogoutRequest(String refreshToken) {
    }

    record ResetRequest(@NotBlank @Email String email) {
    }

    record ResetConfirmation(@NotBlank String token, @NotBlank @Size(min = 12, max = 200) String newPassword) {
    }
}
