package dev.concierge.enrichment.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import dev.concierge.enrichment.photo.TestImages;
import dev.concierge.enrichment.photo.domain.ImageDecoder;
import dev.concierge.enrichment.photo.domain.MediaFetch;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.photo.tesseract.TesseractTextRecogniser;
import dev.concierge.enrichment.photo.zxing.ZxingBarcodeReader;
import dev.concierge.enrichment.text.domain.AnalysisInput;
import dev.concierge.enrichment.text.domain.Question;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.enrichment.text.domain.TextPipeline;
import dev.concierge.enrichment.text.domain.TextPipelines;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs the local text pipeline over the labelled evaluation set (see
 * {@code src/test/resources/evaluation/README.md}) and prints top-1 accuracy per split and per
 * category, how often a question asks for something the text already said, and how many stated
 * attributes were read exactly. The photo split goes through the worker's own composition
 * ({@code RequestEnrichment}: ZXing and Tesseract on photos drawn here, then the text pipeline) and
 * has floors of its own. The floors sit a little under what was reached when they were set, so a
 * change that makes it clearly worse fails here.
 */
class EvaluationTest {

    /*
     * Reached when set (135 tuning, 132 held-out requests): top-1 accuracy tuning 1.000, held-out
     * 0.985; questions about stated attributes tuning 0.000, held-out 0.004; stated attributes read
     * tuning 1.000, held-out 0.988. The floors leave room for a handful of misses, no more.
     */
    private static final double TUNING_FLOOR = 0.97;
    private static final double HELD_OUT_FLOOR = 0.93;
    private static final double KNOWN_QUESTION_CEILING = 0.02;
    private static final double SPEC_RECALL_FLOOR = 0.95;
    /*
     * The photo split (34 requests that say little, with a generated photo of the pack's label, 10 with
     * an EAN-13) reached when set: top-1 1.000, questions about stated attributes 0.016, stated
     * attributes read 0.913 (Tesseract read "750 ml" and "9W" wrongly), every photo's text and every
     * EAN-13 read. OCR misreads a character now and then ("1 kg" as "lkg" in a smaller font), so the
     * floors leave room for three misses.
     */
    private static final double PHOTO_FLOOR = 0.90;
    private static final double PHOTO_KNOWN_QUESTION_CEILING = 0.05;
    private static final double PHOTO_SPEC_RECALL_FLOOR = 0.85;
    private static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    record Labelled(String category, String text, Map<String, String> known, List<String> label, String ean13) {
    }

    /** What one analysis made of a labelled request: its category, its specs and the attributes it asks for. */
    record Outcome(String category, Map<String, String> specs, List<String> askedFor, String photoText) {
    }

    record Figures(String split, int size, double accuracy, double knownQuestionRate, double specRecall,
            Map<String, int[]> perCategory, List<String> misses) {
    }

    private final TextPipeline pipeline = LocalTextModel.pipeline();

    @Test
    void the_pipeline_meets_its_floors_on_the_tuning_and_the_held_out_requests() {
        Figures tuning = evaluate("tuning", load("/evaluation/tuning.txt"));
        Figures heldOut = evaluate("held-out", load("/evaluation/heldout.txt"));
        print(tuning);
        print(heldOut);

        assertThat(tuning.size() + heldOut.size()).as("labelled requests").isGreaterThanOrEqualTo(200);
        assertThat(tuning.accuracy()).as("tuning top-1 accuracy").isGreaterThanOrEqualTo(TUNING_FLOOR);
        assertThat(heldOut.accuracy()).as("held-out top-1 accuracy").isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
        assertThat(List.of(tuning.knownQuestionRate(), heldOut.knownQuestionRate()))
                .as("share of questions about attributes the text states").allSatisfy(rate ->
                        assertThat(rate).isLessThanOrEqualTo(KNOWN_QUESTION_CEILING));
        assertThat(List.of(tuning.specRecall(), heldOut.specRecall()))
                .as("share of stated attributes read exactly").allSatisfy(recall ->
                        assertThat(recall).isGreaterThanOrEqualTo(SPEC_RECALL_FLOOR));
    }

    @Test
    void requests_that_show_the_product_in_a_generated_photo_meet_their_own_floors() {
        List<Labelled> requests = loadPhotos("/evaluation/photos.txt");
        RequestEnrichment enrichment = LocalTextModel.localOnly(new PhotoReader(
                mediaId -> new MediaFetch.Unavailable("only uploaded photos are read here"), new ImageDecoder(50_000_000),
                new ZxingBarcodeReader(), new TesseractTextRecogniser(TESSDATA, "eng")));
        int[] codes = new int[2];
        int[] texts = new int[1];

        Figures photos = evaluate("photo", requests, request -> {
            EnrichmentCompleted completed = enrichment.analyse(new AnalyzeRequest("req_evaluation", 1, request.text(),
                    List.of("upload-1"), null, List.of()), Map.of("upload-1", TestImages.label(request.label(), request.ean13())));
            texts[0] += completed.photoText() == null ? 0 : 1;
            if (request.ean13() != null) {
                codes[1]++;
                codes[0] += completed.barcodes().contains(new Barcode("EAN_13", request.ean13())) ? 1 : 0;
            }
            // no earlier round, so every missing attribute is one the customer would be asked about
            return new Outcome(completed.category(), completed.specs(), completed.missingAttributes(),
                    completed.photoText());
        });
        print(photos);
        System.out.printf("photo text read on %d of %d photos, EAN-13 read on %d of %d%n", texts[0], requests.size(),
                codes[0], codes[1]);

        assertThat(photos.size()).as("labelled requests with photos").isGreaterThanOrEqualTo(25);
        assertThat(photos.accuracy()).as("photo top-1 accuracy").isGreaterThanOrEqualTo(PHOTO_FLOOR);
        assertThat(photos.knownQuestionRate()).as("photo: share of questions about attributes the photo states")
                .isLessThanOrEqualTo(PHOTO_KNOWN_QUESTION_CEILING);
        assertThat(photos.specRecall()).as("photo: share of stated attributes read exactly")
                .isGreaterThanOrEqualTo(PHOTO_SPEC_RECALL_FLOOR);
        assertThat(codes[0]).as("EAN-13 codes read").isEqualTo(codes[1]);
        assertThat(texts[0]).as("photos whose text was read").isEqualTo(requests.size());
    }

    @Test
    void every_labelled_request_names_a_taxonomy_category_and_the_splits_do_not_overlap() {
        List<Labelled> tuning = load("/evaluation/tuning.txt");
        List<Labelled> heldOut = load("/evaluation/heldout.txt");
        List<String> trainingTexts = TextPipelines.lines("/enrichment/examples.txt").stream()
                .filter(line -> line.contains("|") && !line.startsWith("#")).map(line -> line.split("\\|", 2)[1].trim().toLowerCase()).toList();

        assertThat(tuning).extracting(Labelled::category).allMatch(Taxonomy.standard()::contains);
        assertThat(heldOut).extracting(Labelled::category).allMatch(Taxonomy.standard()::contains);
        assertThat(loadPhotos("/evaluation/photos.txt")).extracting(Labelled::category).allMatch(Taxonomy.standard()::contains);
        assertThat(heldOut).extracting(labelled -> labelled.text().toLowerCase())
                .doesNotContainAnyElementsOf(tuning.stream().map(labelled -> labelled.text().toLowerCase()).toList())
                .doesNotContainAnyElementsOf(trainingTexts);
        assertThat(tuning).extracting(labelled -> labelled.text().toLowerCase()).doesNotContainAnyElementsOf(trainingTexts);
    }

    private Figures evaluate(String split, List<Labelled> requests) {
        return evaluate(split, requests, request -> {
            TextAnalysis analysis = pipeline.analyse(AnalysisInput.of(request.text()));
            return new Outcome(analysis.category(), analysis.specs(),
                    analysis.questions().stream().map(Question::attribute).toList(), null);
        });
    }

    private static Figures evaluate(String split, List<Labelled> requests, Function<Labelled, Outcome> analyse) {
        int correct = 0;
        int questions = 0;
        int aboutKnown = 0;
        int stated = 0;
        int read = 0;
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Labelled request : requests) {
            Outcome analysis = analyse.apply(request);
            int[] tally = perCategory.computeIfAbsent(request.category(), category -> new int[2]);
            tally[1]++;
            if (analysis.category().equals(request.category())) {
                correct++;
                tally[0]++;
            } else {
                misses.add(describe(request) + " → " + analysis.category() + " (expected " + request.category() + ")");
            }
            for (String attribute : analysis.askedFor()) {
                questions++;
                if (request.known().containsKey(attribute)) {
                    aboutKnown++;
                    misses.add(describe(request) + " → asks for known " + attribute);
                }
            }
            for (Map.Entry<String, String> known : request.known().entrySet()) {
                stated++;
                if (known.getValue().equalsIgnoreCase(analysis.specs().getOrDefault(known.getKey(), ""))) {
                    read++;
                } else {
                    misses.add(describe(request) + " → " + known.getKey() + "=" + analysis.specs().get(known.getKey())
                            + " (expected " + known.getValue() + ")"
                            + (analysis.photoText() == null ? "" : "; the photo read \"" + analysis.photoText().replace("\n", " / ") + "\""));
                }
            }
        }
        return new Figures(split, requests.size(), (double) correct / requests.size(),
                questions == 0 ? 0 : (double) aboutKnown / questions, stated == 0 ? 1 : (double) read / stated,
                perCategory, misses);
    }

    private static void print(Figures figures) {
        StringBuilder report = new StringBuilder();
        report.append(String.format("%n== evaluation, %s split: %d requests ==%n", figures.split(), figures.size()));
        report.append(String.format("top-1 accuracy %.3f | questions about known attributes %.3f | stated attributes read %.3f%n",
                figures.accuracy(), figures.knownQuestionRate(), figures.specRecall()));
        figures.perCategory().forEach((category, tally) -> report.append(String.format("  %-28s %3d/%-3d %.2f%n",
                category, tally[0], tally[1], (double) tally[0] / tally[1])));
        figures.misses().forEach(miss -> report.append("  miss: ").append(miss).append('\n'));
        System.out.print(report);
    }

    /** {@code category | text | known attributes}, one request a line. */
    private static List<Labelled> load(String resource) {
        return rows(resource).stream()
                .map(columns -> new Labelled(columns[0].trim(), columns[1].trim(), known(columns[2]), List.of(), null))
                .toList();
    }

    /** {@code category | text | label lines, " / " between them | EAN-13 or empty | known attributes}. */
    private static List<Labelled> loadPhotos(String resource) {
        return rows(resource).stream()
                .map(columns -> new Labelled(columns[0].trim(), columns[1].trim(), known(columns[4]),
                        List.of(columns[2].trim().split("\\s*/\\s*")),
                        columns[3].isBlank() ? null : columns[3].trim()))
                .toList();
    }

    private static List<String[]> rows(String resource) {
        return TextPipelines.lines(resource).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|", -1)).toList();
    }

    private static Map<String, String> known(String column) {
        Map<String, String> known = new LinkedHashMap<>();
        for (String pair : column.split(",")) {
            if (!pair.isBlank()) {
                String[] keyValue = pair.split("=", 2);
                known.put(keyValue[0].trim(), keyValue[1].trim());
            }
        }
        return known;
    }

    private static String describe(Labelled request) {
        return request.label().isEmpty() ? request.text()
                : "\"" + request.text() + "\" + photo [" + String.join(" / ", request.label()) + "]";
    }
}
