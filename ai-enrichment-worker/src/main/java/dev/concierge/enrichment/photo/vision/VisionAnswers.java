package dev.concierge.enrichment.photo.vision;

import com.google.cloud.vision.v1.AnnotateImageResponse;
import com.google.cloud.vision.v1.BatchAnnotateImagesResponse;
import com.google.cloud.vision.v1.EntityAnnotation;
import com.google.cloud.vision.v1.LocalizedObjectAnnotation;
import dev.concierge.enrichment.photo.domain.PhotoAnnotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Vision's answer: the text of each photo (the full text when Vision gives one, else the first
 * text annotation, which is the whole text), labels and objects Vision is reasonably sure of, and
 * logos. A photo Vision could not read is skipped; if it could read none, the call failed.
 */
final class VisionAnswers {

    /** Below this score Vision is guessing ("Font", "Rectangle"): such labels would only mislead the classifier. */
    static final float MIN_SCORE = 0.6f;

    private VisionAnswers() {
    }

    static PhotoAnnotation read(BatchAnnotateImagesResponse response) {
        // two photos of one pack carry the same words: say them once
        Set<String> texts = new LinkedHashSet<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> logos = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (AnnotateImageResponse photo : response.getResponsesList()) {
            if (photo.hasError() && photo.getError().getCode() != 0) {
                errors.add(photo.getError().getMessage());
                continue;
            }
            String text = photo.hasFullTextAnnotation() ? photo.getFullTextAnnotation().getText()
                    : photo.getTextAnnotationsList().stream().findFirst().map(EntityAnnotation::getDescription).orElse("");
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
            photo.getLabelAnnotationsList().stream().filter(label -> label.getScore() >= MIN_SCORE)
                    .forEach(label -> labels.putIfAbsent(label.getDescription().toLowerCase(), label.getDescription()));
            photo.getLocalizedObjectAnnotationsList().stream().filter(object -> object.getScore() >= MIN_SCORE)
                    .map(LocalizedObjectAnnotation::getName)
                    .forEach(name -> labels.putIfAbsent(name.toLowerCase(), name));
            photo.getLogoAnnotationsList().stream().filter(logo -> logo.getScore() >= MIN_SCORE)
                    .forEach(logo -> logos.putIfAbsent(logo.getDescription().toLowerCase(), logo.getDescription()));
        }
        if (!errors.isEmpty() && errors.size() == response.getResponsesCount()) {
            throw new VisionRefusedPhotos("no photo read: " + String.join("; ", errors));
        }
        return new PhotoAnnotation.Annotated(String.join("\n", texts), List.copyOf(labels.values()),
                List.copyOf(logos.values()));
    }

    /** Vision answered but read none of the photos (each has an error): a refusal, not worth a retry. */
    static final class VisionRefusedPhotos extends RuntimeException {

        VisionRefusedPhotos(String message) {
            super(message);
        }
    }
}
