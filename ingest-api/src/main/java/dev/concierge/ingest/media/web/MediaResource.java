package dev.concierge.ingest.media.web;

import dev.concierge.ingest.media.application.MediaLibrary.Download;
import dev.concierge.ingest.media.application.MediaLibrary;
import dev.concierge.ingest.media.application.MediaLinks.LinkedDownload;
import dev.concierge.ingest.media.application.MediaLinks;
import dev.concierge.ingest.media.application.MediaStore.StoredMedia;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.web.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/v1/media")
@Tag(name = "media", description = "Image uploads (JPEG, PNG, WebP ≤ 10 MB) stored in GridFS")
public class MediaResource {

    /** A year: the bytes under a media id (or one of its variants) never change. */
    static final long IMMUTABLE_SECONDS = 31_536_000L;
    /** How long the original may stand in for a variant that is being made. */
    static final long STAND_IN_SECONDS = 60L;

    @Inject
    MediaLibrary library;
    @Inject
    MediaLinks links;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Upload an image as multipart field 'file'",
            description = "The type is detected from the bytes; GPS EXIF is removed; identical images get the same id.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(examples = @ExampleObject(name = "stored", value = """
                    {"mediaId": "med_9f86d08…", "contentType": "image/jpeg", "size": 48213, "deduplicated": false}""")))
    @APIResponse(responseCode = "413", description = "Over 10 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image")
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "send the image as multipart/form-data field 'file'");
        }
        if (file.size() > MediaLibrary.MAX_BYTES) {
            throw new PayloadTooLargeException("images may be at most 10 MB (" + MediaLibrary.MAX_BYTES
                    + " bytes); this one has " + file.size());
        }
        StoredMedia media = library.upload(caller.get(), Files.readAllBytes(file.uploadedFile()));
        return Response.status(Response.Status.CREATED)
                .entity(new Uploaded(media.mediaId(), media.contentType(), media.size(), media.deduplicated()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Download an image or a resized variant of it",
            description = "Staff see all; customers their own uploads and what staff attached in their own requests. "
                    + "?variant=thumb (longest side 320 px) or screen (1280 px); until the variant is made the original "
                    + "is served with a short cache. Strong ETag: If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The image bytes")
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", description = "An unknown variant")
    @APIResponse(responseCode = "404", description = "Unknown, or not yours")
    public Response download(@PathParam("id") String mediaId, @QueryParam("variant") String variant,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Download download = library.open(caller.get(), mediaId, variant);
        // the bytes under an id (and a variant) never change: cache them for a year; a stand-in for a
        // variant not made yet only for a minute, so the smaller copy replaces it soon
        return served(download, ifNoneMatch, download.standIn() ? "private, max-age=" + STAND_IN_SECONDS
                : "private, max-age=" + IMMUTABLE_SECONDS + ", immutable");
    }

    @GET
    @Path("/{id}/public")
    @PermitAll
    @Operation(summary = "Download an image through a signed, expiring link (no JWT)",
            description = "For fetchers that cannot sign in, e.g. Twilio fetching a store outreach photo. The link "
                    + "is made by the notifier: /v1/media/{id}/public?expires=<epoch seconds>&signature=<base64url "
                    + "HMAC-SHA256 over \"media-link.v1|{id}|{expires}\" with MEDIA_LINK_KEY>; &variant=thumb|screen "
                    + "serves a resized copy of the same image.")
    @APIResponse(responseCode = "200", description = "The image bytes, cacheable privately until the link expires")
    @APIResponse(responseCode = "403", description = "The link is not valid or has expired (which of the two is not said)")
    @APIResponse(responseCode = "404", description = "A valid link to an image that does not exist")
    public Response linkedDownload(@PathParam("id") String mediaId, @QueryParam("expires") String expires,
            @QueryParam("signature") String signature, @QueryParam("variant") String variant,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        LinkedDownload linked = links.open(mediaId, expires, signature, variant);
        // a cache may keep it only as long as the link lets anyone fetch it (a stand-in: a minute at most)
        long maxAge = Math.max(0, linked.left().toSeconds());
        if (linked.download().standIn()) {
            maxAge = Math.min(maxAge, STAND_IN_SECONDS);
        }
        return served(linked.download(), ifNoneMatch, "private, max-age=" + maxAge);
    }

    /** 304 when the client holds these very bytes, else the bytes; both with the ETag and cache policy. */
    private static Response served(Download download, String ifNoneMatch, String cacheControl) {
        String etag = "\"" + download.sha256() + "\"";
        Response.ResponseBuilder response;
        if (matches(ifNoneMatch, etag)) {
            closeQuietly(download.content());
            response = Response.notModified();
        } else {
            response = Response.ok(download.content(), download.contentType())
                    .header("Content-Length", download.size());
        }
        return response.header("ETag", etag)
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** If-None-Match holds {@code *} or a list of tags; a weak tag (W/) compares by its opaque part. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException ignored) {
            // nothing was read; the stream held no resource worth reporting
        }
    }

    public record Uploaded(String mediaId, String contentType, long size, boolean deduplicated) {
    }
}
