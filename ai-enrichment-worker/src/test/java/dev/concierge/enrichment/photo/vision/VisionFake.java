package dev.concierge.enrichment.photo.vision;

import com.google.cloud.vision.v1.AnnotateImageRequest;
import com.google.cloud.vision.v1.AnnotateImageResponse;
import com.google.cloud.vision.v1.BatchAnnotateImagesRequest;
import com.google.cloud.vision.v1.BatchAnnotateImagesResponse;
import com.google.cloud.vision.v1.EntityAnnotation;
import com.google.cloud.vision.v1.Feature;
import com.google.cloud.vision.v1.ImageAnnotatorGrpc;
import com.google.cloud.vision.v1.LocalizedObjectAnnotation;
import com.google.cloud.vision.v1.TextAnnotation;
import dev.concierge.enrichment.remote.FakeControl;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Google Cloud Vision's {@code ImageAnnotator} gRPC service on a random local port, for the real SDK
 * to call. It checks what a real endpoint would need (every image has content and asks for labels,
 * text, logos and objects; otherwise INVALID_ARGUMENT), counts calls and answers as its {@code mode}
 * says: {@code answer} (the pack below, per photo), {@code slow} (the same, after {@code delay-ms}) or
 * {@code unavailable} (status UNAVAILABLE, a transient outage).
 */
public final class VisionFake implements AutoCloseable {

    public static final String TEXT = "AMUL PASTEURISED BUTTER\n500 g";

    static final Set<Feature.Type> REQUIRED = Set.of(Feature.Type.LABEL_DETECTION, Feature.Type.TEXT_DETECTION,
            Feature.Type.LOGO_DETECTION, Feature.Type.OBJECT_LOCALIZATION);

    private final Server server;
    private final FakeControl control;

    public VisionFake() throws IOException {
        control = new FakeControl(http -> { });
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).addService(new Annotator()).build()
                .start();
    }

    /** {@code host:port} for the SDK. */
    public String endpoint() {
        return "127.0.0.1:" + server.getPort();
    }

    public String controlUrl() {
        return control.baseUrl();
    }

    private final class Annotator extends ImageAnnotatorGrpc.ImageAnnotatorImplBase {

        @Override
        public void batchAnnotateImages(BatchAnnotateImagesRequest request,
                StreamObserver<BatchAnnotateImagesResponse> answer) {
            control.increment("calls");
            for (AnnotateImageRequest image : request.getRequestsList()) {
                Set<Feature.Type> asked = image.getFeaturesList().stream().map(Feature::getType).collect(Collectors.toSet());
                if (image.getImage().getContent().isEmpty() || !asked.containsAll(REQUIRED)) {
                    answer.onError(Status.INVALID_ARGUMENT.withDescription("features " + asked + ", "
                            + image.getImage().getContent().size() + " bytes").asRuntimeException());
                    return;
                }
            }
            control.set("last-images", String.valueOf(request.getRequestsCount()));
            String mode = control.get("mode", "answer");
            if (mode.equals("unavailable")) {
                answer.onError(Status.UNAVAILABLE.withDescription("the fake is down").asRuntimeException());
                return;
            }
            if (mode.equals("slow")) {
                sleep(Long.parseLong(control.get("delay-ms", "2000")));
            }
            BatchAnnotateImagesResponse.Builder response = BatchAnnotateImagesResponse.newBuilder();
            request.getRequestsList().forEach(image -> response.addResponses(pack()));
            answer.onNext(response.build());
            answer.onCompleted();
        }
    }

    /** What Vision says about a photo of a butter pack; "Font" is below the score the adapter keeps. */
    private static AnnotateImageResponse pack() {
        return AnnotateImageResponse.newBuilder()
                .setFullTextAnnotation(TextAnnotation.newBuilder().setText(TEXT))
                .addTextAnnotations(EntityAnnotation.newBuilder().setDescription(TEXT))
                .addAllLabelAnnotations(List.of(label("Butter", 0.94f), label("Dairy", 0.9f), label("Font", 0.41f)))
                .addLocalizedObjectAnnotations(LocalizedObjectAnnotation.newBuilder().setName("Packaged goods").setScore(0.82f))
                .addLogoAnnotations(label("Amul", 0.97f))
                .build();
    }

    private static EntityAnnotation label(String description, float score) {
        return EntityAnnotation.newBuilder().setDescription(description).setScore(score).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination();
        control.close();
    }
}
