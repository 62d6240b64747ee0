package dev.concierge.projections.reports.domain;

import dev.concierge.schemas.media.MediaLinkSigner;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Signed, expiring links to a day's report, for a reader without our JWT (the notifier attaching it to
 * the admins' email): {@code <base>/v1/reports/{day}?format=pdf&expires=<epoch seconds>&signature=…}.
 * The signature is the schemas' {@link MediaLinkSigner} over "{day}.{format}" and the expiry, with a
 * key of this service's own ({@code REPORT_LINK_KEY}), so a link opens one format of one day only.
 */
public final class ReportLinks {

    private final MediaLinkSigner signer;
    private final String base;

    public ReportLinks(String base64Key, String publicBaseUrl) {
        this.signer = MediaLinkSigner.fromBase64Key(base64Key);
        this.base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String url(LocalDate day, ReportFormat format, Instant expiresAt) {
        String mediaPath = signer.pathAndQuery(signed(day, format), expiresAt);
        return base + "/v1/reports/" + day + "?format=" + format.parameter() + "&"
                + mediaPath.substring(mediaPath.indexOf('?') + 1);
    }

    /** False for a wrong, malformed or expired link; says nothing about which. */
    public boolean verify(LocalDate day, ReportFormat format, String expires, String signature, Instant now) {
        return signer.verify(signed(day, format), expires, signature, now);
    }

    private static String signed(LocalDate day, ReportFormat format) {
        return day + "." + format.parameter();
    }
}
