package dev.concierge.ingest.media.web;

import dev.concierge.ingest.media.application.MediaLibrary;
import dev.concierge.ingest.media.application.MediaLibrary.Download;
import dev.concierge.ingest.media.application.MediaLinks;
import dev.concierge.ingest.media.application.MediaLinks.LinkedDownload;
import dev.concierge.ingest.media.application.MediaStore.StoredMedia;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.web.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
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
    @Operation(summary = "Download an image: staff see all, customers their own uploads")
    @APIResponse(responseCode = "200", description = "The image bytes")
    @APIResponse(responseCode = "404", description = "Unknown, or not yours")
    public Response download(@PathParam("id") String mediaId) {
        Download download = library.open(caller.get(), mediaId);
        return Response.ok(download.content(), download.media().contentType())
                .header("Content-Length", download.media().size())
                .header("Cache-Control", "private, max-age=86400, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}/public")
    @PermitAll
    @Operation(summary = "Download an image through a signed, expiring link (no JWT)",
            description = "For fetchers that cannot sign in, e.g. Twilio fetching a store outreach photo. The link "
                    + "is made by the notifier: /v1/media/{id}/public?expires=<epoch seconds>&signature=<base64url "
                    + "HMAC-SHA256 over \"media-link.v1|{id}|{expires}\" with MEDIA_LINK_KEY>.")
    @APIResponse(responseCode = "200", description = "The image bytes, cacheable privately until the link expires")
    @APIResponse(responseCode = "403", description = "The link is not valid or has expired (which of the two is not said)")
    @APIResponse(responseCode = "404", description = "A valid link to an image that does not exist")
    public Response linkedDownload(@PathParam("id") String mediaId, @QueryParam("expires") String expires,
            @QueryParam("signature") String signature) {
        LinkedDownload linked = links.open(mediaId, expires, signature);
        StoredMedia media = linked.download().media();
        return Response.ok(linked.download().content(), media.contentType())
                .header("Content-Length", media.size())
                // a cache may keep it only as long as the link lets anyone fetch it
                .header("Cache-Control", "private, max-age=" + Math.max(0, linked.left().toSeconds()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    public record Uploaded(String mediaId, String contentType, long size, boolean deduplicated) {
    }
}
