package dev.concierge.enrichment.photo.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns bytes into an image with the JDK's decoders (PNG, JPEG, GIF, BMP), refusing what is not an
 * image, is corrupt, or declares more pixels than a phone camera takes — a few bytes of PNG can
 * claim a 100 000 × 100 000 canvas and exhaust the heap when decoded.
 */
public final class ImageDecoder {

    private final long maxPixels;

    public ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The decoded image, or the reason it cannot be one. */
    public Decoded decode(byte[] bytes) {
        // in memory: the bytes are already capped, and no temporary file is left behind
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Decoded.refused("not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    return Decoded.refused("image of " + reader.getWidth(0) + " x " + reader.getHeight(0)
                            + " pixels is larger than the " + maxPixels + " pixels read");
                }
                return new Decoded(Optional.of(reader.read(0)), "");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // the JDK's decoders throw unchecked exceptions too (e.g. on a truncated JPEG's tables)
            return Decoded.refused("corrupt image (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** An image, or the reason there is none. */
    public record Decoded(Optional<BufferedImage> image, String reason) {

        static Decoded refused(String reason) {
            return new Decoded(Optional.empty(), reason);
        }
    }
}
