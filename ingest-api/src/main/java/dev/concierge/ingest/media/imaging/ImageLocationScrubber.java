package dev.concierge.ingest.media.imaging;

import dev.concierge.ingest.media.application.LocationScrubber;
import dev.concierge.ingest.media.domain.ImageType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * JPEG: empties the EXIF GPS directory with a lossless rewrite (orientation and the rest of EXIF
 * stay, so photos still display upright); if the EXIF block cannot be parsed it is dropped whole.
 * PNG and WebP: their EXIF chunk ({@code eXIf} / {@code EXIF}) is dropped, as neither format
 * has another standard place for a position.
 */
public final class ImageLocationScrubber implements LocationScrubber {

    @Override
    public byte[] withoutLocation(byte[] image, ImageType type) {
        try {
            return switch (type) {
                case JPEG -> jpeg(image);
                case PNG -> png(image);
                case WEBP -> webp(image);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(byte[] image) throws IOException {
        TiffOutputSet exif;
        try {
            ImageMetadata metadata = Imaging.getMetadata(image);
            if (!(metadata instanceof JpegImageMetadata jpeg) || jpeg.getExif() == null) {
                return image;
            }
            exif = jpeg.getExif().getOutputSet();
        } catch (ImagingException | RuntimeException unreadable) {
            return dropExif(image);
        }
        TiffOutputDirectory gps = exif.getGpsDirectory();
        if (gps == null) {
            return image;
        }
        for (TiffOutputField field : List.copyOf(gps.getFields())) {
            gps.removeField(field.tag);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        try {
            new ExifRewriter().updateExifMetadataLossless(image, out, exif);
        } catch (ImagingException rewriteFailed) {
            return dropExif(image);
        }
        return out.toByteArray();
    }

    private static byte[] dropExif(byte[] image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        new ExifRewriter().removeExifMetadata(image, out);
        return out.toByteArray();
    }

    /** PNG: signature, then chunks of length(4, big-endian) type(4) data crc(4). */
    private static byte[] png(byte[] image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        out.write(image, 0, 8);
        ByteBuffer in = ByteBuffer.wrap(image).order(ByteOrder.BIG_ENDIAN);
        int pos = 8;
        while (pos + 12 <= image.length) {
            int length = in.getInt(pos);
            int total = 12 + length;
            if (length < 0 || pos + total > image.length) {
                break;
            }
            String chunk = new String(image, pos + 4, 4, StandardCharsets.US_ASCII);
            if (!"eXIf".equals(chunk)) {
                out.write(image, pos, total);
            }
            pos += total;
        }
        out.write(image, pos, image.length - pos);
        return out.toByteArray();
    }

    /** WebP: RIFF container; drop the EXIF chunk and clear the "has EXIF" flag of VP8X. */
    private static byte[] webp(byte[] image) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(image.length);
        ByteBuffer in = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        while (pos + 8 <= image.length) {
            String chunk = new String(image, pos, 4, StandardCharsets.US_ASCII);
            int size = in.getInt(pos + 4);
            int total = 8 + size + (size & 1);
            if (size < 0 || pos + total > image.length) {
                break;
            }
            if (!"EXIF".equals(chunk)) {
                byte[] copy = java.util.Arrays.copyOfRange(image, pos, pos + total);
                if ("VP8X".equals(chunk) && size > 0) {
                    copy[8] &= (byte) ~0x08;
                }
                body.write(copy, 0, copy.length);
            }
            pos += total;
        }
        body.write(image, pos, image.length - pos);
        byte[] chunks = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(image, 0, 4).putInt(4 + chunks.length).put(image, 8, 4).put(chunks);
        return out.array();
    }
}
