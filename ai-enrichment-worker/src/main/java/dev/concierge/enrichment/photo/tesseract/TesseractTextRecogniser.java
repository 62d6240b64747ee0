package dev.concierge.enrichment.photo.tesseract;

import dev.concierge.enrichment.photo.domain.TextRecogniser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;

/**
 * OCR with the machine's Tesseract (Debian {@code tesseract-ocr} 5.3 + {@code tesseract-ocr-eng})
 * through tess4j. Tesseract is not thread-safe, so every call gets its own instance (tess4j starts
 * and ends the engine per call anyway). Whether it works is found out once, at construction, by
 * reading a blank image: a missing native library or language file makes it unavailable, with the
 * reason, instead of failing requests.
 */
public final class TesseractTextRecogniser implements TextRecogniser {

    public static final String PROVIDER = "local-ocr";

    private final String datapath;
    private final String language;
    private final Optional<String> unavailable;

    public TesseractTextRecogniser(String datapath, String language) {
        this.datapath = datapath;
        this.language = language;
        this.unavailable = probe();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Optional<String> unavailableReason() {
        return unavailable;
    }

    @Override
    public String read(BufferedImage image) {
        try {
            return engine().doOCR(image).trim();
        } catch (TesseractException e) {
            throw new IllegalStateException("Tesseract failed: " + e.getMessage(), e);
        }
    }

    private Tesseract engine() {
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(datapath);
        tesseract.setLanguage(language);
        return tesseract;
    }

    private Optional<String> probe() {
        Path data = Path.of(datapath, language + ".traineddata");
        if (!Files.isReadable(data)) {
            return Optional.of("OCR unavailable: no Tesseract language data at " + data
                    + " (install tesseract-ocr and tesseract-ocr-" + language + ")");
        }
        try {
            read(new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY));
            return Optional.empty();
        } catch (LinkageError | RuntimeException e) {
            // UnsatisfiedLinkError / NoClassDefFoundError when JNA cannot load libtesseract
            return Optional.of("OCR unavailable: Tesseract could not be started (" + e + ")");
        }
    }
}
