package dev.concierge.ingest.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real images for upload tests: a phone photo with a GPS position in its EXIF, and a PNG. */
public final class Images {

    private Images() {
    }

    /** A unique JPEG (random colour) whose EXIF says it was taken on MG Road, Bengaluru. */
    public static byte[] jpegWithGps() throws IOException {
        byte[] plain = encode("jpg");
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(77.6050, 12.9756);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
        return out.toByteArray();
    }

    /**
     * A {@code width} × {@code height} JPEG, left half red and right half blue, whose EXIF says to show it
     * turned by {@code orientation} (6: a quarter turn to the right, as phones held upright write) and
     * carries a GPS position.
     */
    public static byte[] halvesJpeg(int width, int height, int orientation) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.setGpsInDegrees(77.6050, 12.9756);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
        return out.toByteArray();
    }

    public static BufferedImage decode(byte[] image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image));
    }

    public static byte[] png() throws IOException {
        return encode("png");
    }

    /** The GPS position in a JPEG's EXIF, or null when it has none. */
    public static TiffImageMetadata.GpsInfo gpsOf(byte[] jpeg) throws IOException {
        if (!(Imaging.getMetadata(jpeg) instanceof JpegImageMetadata metadata) || metadata.getExif() == null) {
            return null;
        }
        return metadata.getExif().getGpsInfo();
    }

    private static byte[] encode(String format) throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        graphics.fillRect(0, 0, 32, 32);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
