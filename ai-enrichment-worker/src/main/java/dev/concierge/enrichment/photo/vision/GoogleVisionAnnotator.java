package dev.concierge.enrichment.photo.vision;

import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.vision.v1.AnnotateImageRequest;
import com.google.cloud.vision.v1.BatchAnnotateImagesRequest;
import com.google.cloud.vision.v1.Feature;
import com.google.cloud.vision.v1.Image;
import com.google.cloud.vision.v1.ImageAnnotatorClient;
import com.google.cloud.vision.v1.ImageAnnotatorSettings;
import com.google.protobuf.ByteString;
import dev.concierge.enrichment.photo.domain.PhotoAnnotation;
import dev.concierge.enrichment.photo.domain.PhotoAnnotator;
import dev.concierge.enrichment.remote.RemoteCall;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Google Cloud Vision through its Java SDK (gRPC): one {@code batchAnnotateImages} call per request
 * asks for labels, text, logos and objects of all its photos. Barcodes are not asked for (Vision has
 * no such feature; ZXing reads them). Every call goes through the provider's {@link RemoteCall}.
 */
public final class GoogleVisionAnnotator implements PhotoAnnotator, AutoCloseable {

    public static final String PROVIDER = "google-vision";

    static final List<Feature.Type> FEATURES = List.of(Feature.Type.LABEL_DETECTION, Feature.Type.TEXT_DETECTION,
            Feature.Type.LOGO_DETECTION, Feature.Type.OBJECT_LOCALIZATION);

    private final ImageAnnotatorClient client;
    private final Optional<ManagedChannel> plaintextChannel;
    private final RemoteCall remote;

    private GoogleVisionAnnotator(ImageAnnotatorClient client, Optional<ManagedChannel> plaintextChannel, RemoteCall remote) {
        this.client = client;
        this.plaintextChannel = plaintextChannel;
        this.remote = remote;
    }

    /** A client for {@code configuration}; nothing is sent until the first photo. */
    public static GoogleVisionAnnotator connect(VisionConfiguration configuration, RemoteCall remote) throws IOException {
        ImageAnnotatorSettings.Builder settings = ImageAnnotatorSettings.newBuilder().setEndpoint(configuration.endpoint());
        Optional<ManagedChannel> channel = Optional.empty();
        if (configuration.plaintext()) {
            String[] hostPort = configuration.endpoint().split(":", 2);
            channel = Optional.of(ManagedChannelBuilder.forAddress(hostPort[0], Integer.parseInt(hostPort[1]))
                    .usePlaintext().build());
            settings.setCredentialsProvider(NoCredentialsProvider.create())
                    .setTransportChannelProvider(FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel.get())));
        } else if (configuration.apiKey().isPresent()) {
            settings.setApiKey(configuration.apiKey().get());
        } else {
            settings.setCredentialsProvider(FixedCredentialsProvider.create(credentials(configuration.credentialsFile().orElseThrow())));
        }
        // one attempt with the provider's deadline: retries and the circuit breaker are RemoteCall's, not the SDK's
        Duration timeout = remote.settings().timeout();
        settings.batchAnnotateImagesSettings().setRetryableCodes(Set.of()).setRetrySettings(RetrySettings.newBuilder()
                .setInitialRpcTimeoutDuration(timeout).setMaxRpcTimeoutDuration(timeout).setTotalTimeoutDuration(timeout)
                .setRpcTimeoutMultiplier(1.0).setMaxAttempts(1).build());
        return new GoogleVisionAnnotator(ImageAnnotatorClient.create(settings.build()), channel, remote);
    }

    private static GoogleCredentials credentials(String file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            return GoogleCredentials.fromStream(in).createScoped(ImageAnnotatorSettings.getDefaultServiceScopes());
        }
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Optional<String> inactiveReason() {
        return Optional.empty();
    }

    @Override
    public PhotoAnnotation annotate(List<byte[]> photos) {
        BatchAnnotateImagesRequest request = request(photos);
        return remote.call(() -> VisionAnswers.read(client.batchAnnotateImages(request)), PhotoAnnotation.class,
                PhotoAnnotation.Failed::new);
    }

    static BatchAnnotateImagesRequest request(List<byte[]> photos) {
        BatchAnnotateImagesRequest.Builder batch = BatchAnnotateImagesRequest.newBuilder();
        for (byte[] photo : photos) {
            AnnotateImageRequest.Builder one = AnnotateImageRequest.newBuilder()
                    .setImage(Image.newBuilder().setContent(ByteString.copyFrom(photo)));
            FEATURES.forEach(type -> one.addFeatures(Feature.newBuilder().setType(type)));
            batch.addRequests(one);
        }
        return batch.build();
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        if (plaintextChannel.isPresent()) {
            plaintextChannel.get().shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
        }
    }
}
