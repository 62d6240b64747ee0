package dev.concierge.ingest.directory.web;

import dev.concierge.ingest.shared.web.AddressBody;
import dev.concierge.ingest.shared.web.FieldLimits;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.OpeningHours;
import dev.concierge.schemas.customers.CustomerEvent.DevicePlatform;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Bodies of the directory endpoints (stores, agents, the customer's own profile). */
public final class DirectoryBodies {

    private DirectoryBodies() {
    }

    public record StoreBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = FieldLimits.PHONE) String phone,
            @NotNull @Valid AddressBody address,
            @NotEmpty @Size(max = FieldLimits.TAGS) List<@NotBlank @Size(max = FieldLimits.TAG) String> categories,
            @Size(max = 50) List<@NotNull OpeningHours> openingHours,
            @Min(100) @Max(50_000) Integer radiusMeters) {
    }

    public record StoreAvailabilityBody(@NotNull Boolean available, @Size(max = 500) String reason) {
    }

    public record AgentBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = FieldLimits.EMAIL) String email,
            @Size(max = FieldLimits.PHONE) String phone,
            @NotNull @Size(max = FieldLimits.TAGS) List<@NotBlank @Size(max = FieldLimits.TAG) String> skills,
            @NotNull @Min(1) @Max(100) Integer capacity,
            @Size(max = FieldLimits.ZONE) @Pattern(regexp = FieldLimits.ZONE_PATTERN, message = FieldLimits.ZONE_MESSAGE)
            String zone) {
    }

    public record AgentAvailabilityBody(
            @NotNull Boolean online,
            @Size(max = FieldLimits.ZONE) @Pattern(regexp = FieldLimits.ZONE_PATTERN, message = FieldLimits.ZONE_MESSAGE)
            String zone) {
    }

    public record ProfileBody(@Size(max = FieldLimits.NAME) String name, @Email @Size(max = FieldLimits.EMAIL) String email) {
    }

    public record AddressSaveBody(
            @Pattern(regexp = "adr_[0-9a-f-]{36}", message = "must be an address id from an earlier save") String addressId,
            @NotBlank @Size(max = 50) String label,
            @NotNull @Valid AddressBody address,
            Boolean makeDefault) {
    }

    public record PreferencesBody(
            @NotEmpty List<@NotNull Channel> channels,
            @NotNull Boolean marketingOptIn,
            @Size(max = 10) String language,
            @Valid QuietHoursBody quietHours) {
    }

    /** Times of day {@code HH:mm} in an IANA time zone; checked (and turned into the event's value) by the application. */
    public record QuietHoursBody(
            @NotNull @Size(max = 5) String start,
            @NotNull @Size(max = 5) String end,
            @NotNull @Size(max = 64) String timeZone) {
    }

    /** A push token is an FCM registration token (or an APNs token): letters, digits and {@code _ - : .}. */
    public record DeviceBody(
            @NotBlank @Pattern(regexp = FieldLimits.ID, message = FieldLimits.ID_MESSAGE) String deviceId,
            @NotNull DevicePlatform platform,
            @NotBlank @Size(max = 4096) @Pattern(regexp = "[A-Za-z0-9_:.-]+",
                    message = "must be a push registration token: letters, digits and _ - : .") String pushToken) {
    }
}
