package dev.concierge.ingest.media.imaging;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.concierge.ingest.media.application.ImageDecoder;
import dev.concierge.ingest.media.domain.ImageType;
import dev.concierge.ingest.shared.application.UnprocessableContentException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jboss.logging.Logger;

/**
 * Decodes every pixel of an upload: JPEG and PNG with the JDK's ImageIO readers, WebP with
 * TwelveMonkeys' pure-Java reader. Large images are decoded with source subsampling, which still
 * reads the whole compressed stream (so damage anywhere is found) while keeping memory bounded.
 * A decoder warning (e.g. "premature end of JPEG file", where a reader would pad with grey) counts
 * as a failure. Images over {@value #MAX_PIXELS} pixels are refused before decoding. WebP gets a
 * lower bound and one decode at a time: TwelveMonkeys' VP8 decoder builds objects for every
 * macroblock of the full frame whatever the subsampling (a few KB per 16×16 pixels, ~150 MB for a
 * 12-megapixel frame), so a 40-byte file declaring a large frame would otherwise exhaust the heap.
 */
public final class ImageIoDecoder implements ImageDecoder {

    public static final long MAX_PIXELS = 100_000_000L;
    /** 2048 × 2048: more than any WebP a phone or WhatsApp sends. */
    public static final long MAX_WEBP_PIXELS = 4_194_304L;
    private static final Semaphore WEBP_DECODES = new Semaphore(1);
    private static final long DECODED_PIXELS = 1_000_000L;
    private static final Logger LOG = Logger.getLogger(ImageIoDecoder.class);

    @Override
    public void requireDecodable(byte[] image, ImageType type) {
        ImageReader reader = readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> {
                throw new IllegalStateException("decoder warning: " + warning);
            });
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            long limit = type == ImageType.WEBP ? MAX_WEBP_PIXELS : MAX_PIXELS;
            if (pixels <= 0 || pixels > limit) {
                throw new UnprocessableContentException("file", "the image has " + pixels + " pixels; at most "
                        + limit + " are accepted" + (type == ImageType.WEBP ? " for WebP" : ""));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            if (type == ImageType.WEBP) {
                decodeOneAtATime(reader, param);
            } else if (reader.canReadRaster()) {
                // raster: no colour conversion, so valid CMYK/YCCK JPEGs decode too
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
        } catch (IOException | RuntimeException undecodable) {
            if (undecodable instanceof UnprocessableContentException refused) {
                throw refused;
            }
            // a client's broken file, not a fault of ours: no stack trace, no ERROR
            LOG.debugf("refused an undecodable %s upload: %s", type, undecodable.toString());
            throw new UnprocessableContentException("file", "the file starts like a " + type.name()
                    + " image but does not decode: it is damaged, truncated or not an image");
        } finally {
            reader.dispose();
        }
    }

    private static void decodeOneAtATime(ImageReader reader, ImageReadParam param) throws IOException {
        readOneWebPAtATime(reader, param);
    }

    /** Reads a WebP frame holding the one permit every WebP decode of this JVM shares (see the class comment). */
    static BufferedImage readOneWebPAtATime(ImageReader reader, ImageReadParam param) throws IOException {
        WEBP_DECODES.acquireUninterruptibly();
        try {
            return reader.read(0, param);
        } finally {
            WEBP_DECODES.release();
        }
    }

    /** The reader of {@code type}: the JDK's for JPEG and PNG, TwelveMonkeys' for WebP. */
    static ImageReader readerFor(ImageType type) {
        if (type == ImageType.WEBP) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new IllegalStateException("the WebP reader is part of the application", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == ImageType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK ships JPEG and PNG readers");
        }
        return readers.next();
    }
}
