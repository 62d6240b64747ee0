package dev.concierge.ingest.media.imaging;

import dev.concierge.ingest.media.application.ImageResizer;
import dev.concierge.ingest.media.application.MediaStore.Resized;
import dev.concierge.ingest.media.domain.ImageType;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * Decodes once (subsampled while the source is more than twice the largest copy, which bounds memory
 * for 100-megapixel uploads), turns the pixels upright by the JPEG's EXIF orientation, then scales down
 * in halving bilinear steps (one big bilinear step would skip pixels and alias). Opaque copies are JPEG
 * at quality 0.85; copies with transparency are PNG. Written without metadata, so a copy carries no
 * EXIF, no position and no orientation tag (its pixels are already upright).
 */
public final class Java2dImageResizer implements ImageResizer {

    private static final float JPEG_QUALITY = 0.85f;

    @Override
    public List<Resized> resize(byte[] image, List<Integer> longestSides) {
        ImageType type = ImageType.detect(image)
                .orElseThrow(() -> new UnusableImageException("the stored file is not a JPEG, PNG or WebP image", null));
        int largest = longestSides.stream().mapToInt(Integer::intValue).max().orElseThrow();
        try {
            BufferedImage upright = upright(decode(image, type, largest), orientation(image, type));
            List<Resized> copies = new ArrayList<>();
            for (int side : longestSides) {
                copies.add(encode(scaled(upright, side)));
            }
            return copies;
        } catch (IOException | RuntimeException undecodable) {
            if (undecodable instanceof UnusableImageException unusable) {
                throw unusable;
            }
            throw new UnusableImageException("the stored " + type + " image does not decode: " + undecodable, undecodable);
        }
    }

    private static BufferedImage decode(byte[] image, ImageType type, int largest) throws IOException {
        ImageReader reader = ImageIoDecoder.readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> {
                throw new IllegalStateException("decoder warning: " + warning);
            });
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            long limit = type == ImageType.WEBP ? ImageIoDecoder.MAX_WEBP_PIXELS : ImageIoDecoder.MAX_PIXELS;
            if (pixels <= 0 || pixels > limit) {
                throw new UnusableImageException("the image has " + pixels + " pixels; at most " + limit, null);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * largest));
            param.setSourceSubsampling(step, step, 0, 0);
            return type == ImageType.WEBP ? ImageIoDecoder.readOneWebPAtATime(reader, param) : reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    /** EXIF orientation 1–8 of a JPEG; 1 (as stored) for anything else or when it cannot be read. */
    private static int orientation(byte[] image, ImageType type) {
        if (type != ImageType.JPEG) {
            return 1;
        }
        try {
            ImageMetadata metadata = Imaging.getMetadata(image);
            if (metadata instanceof JpegImageMetadata jpeg) {
                TiffField field = jpeg.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                return field == null ? 1 : field.getIntValue();
            }
        } catch (IOException | RuntimeException unreadable) {
            // the pixels decode; an unreadable EXIF block just means no rotation
        }
        return 1;
    }

    /** Applies EXIF orientation {@code o}: 2 mirrors, 3 turns 180°, 6 turns 90° right, 8 left; 5 and 7 both. */
    static BufferedImage upright(BufferedImage source, int o) {
        if (o < 2 || o > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage target = blank(turned ? h : w, turned ? w : h, source);
        Graphics2D g = target.createGraphics();
        g.drawImage(source, t, null);
        g.dispose();
        return target;
    }

    private static BufferedImage scaled(BufferedImage source, int longestSide) {
        BufferedImage current = source;
        int longest = Math.max(source.getWidth(), source.getHeight());
        double factor = Math.min(1.0, (double) longestSide / longest);
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * factor));
        do {
            int w = Math.max(targetWidth, current.getWidth() / 2);
            int h = Math.max(targetHeight, current.getHeight() / 2);
            BufferedImage next = blank(w, h, current);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static BufferedImage blank(int width, int height, BufferedImage like) {
        return new BufferedImage(width, height, like.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    }

    private static Resized encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (image.getColorModel().hasAlpha()) {
            ImageIO.write(image, "png", out);
            return new Resized(out.toByteArray(), ImageType.PNG.contentType(), image.getWidth(), image.getHeight());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Resized(out.toByteArray(), ImageType.JPEG.contentType(), image.getWidth(), image.getHeight());
    }
}
