package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.media.domain.ImageType;
import dev.concierge.ingest.media.imaging.ImageLocationScrubber;
import dev.concierge.ingest.support.Images;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageLocationScrubberTest {

    private final ImageLocationScrubber scrubber = new ImageLocationScrubber();

    @Test
    void a_jpeg_loses_its_gps_position_but_still_decodes_to_the_same_size() throws Exception {
        byte[] photo = Images.jpegWithGps();

        byte[] cleaned = scrubber.withoutLocation(photo, ImageType.JPEG);

        assertThat(Images.gpsOf(photo)).isNotNull();
        assertThat(Images.gpsOf(cleaned)).isNull();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(decoded.getWidth()).isEqualTo(32);
    }

    @Test
    void a_jpeg_without_exif_is_left_byte_for_byte_alone() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);

        assertThat(scrubber.withoutLocation(out.toByteArray(), ImageType.JPEG)).isEqualTo(out.toByteArray());
    }

    @Test
    void a_png_loses_its_exif_chunk_and_keeps_the_rest() throws Exception {
        byte[] png = Images.png();
        byte[] withExif = insertChunkAfterHeader(png, "eXIf", "GPS 12.97N 77.60E".getBytes(StandardCharsets.US_ASCII));

        byte[] cleaned = scrubber.withoutLocation(withExif, ImageType.PNG);

        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("eXIf").doesNotContain("GPS 12.97N");
        assertThat(cleaned).isEqualTo(png);
    }

    @Test
    void a_webp_loses_its_exif_chunk_and_the_riff_size_is_fixed() {
        byte[] vp8x = chunk("VP8X", new byte[] {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] exif = chunk("EXIF", "GPS 12.97N".getBytes(StandardCharsets.US_ASCII));
        byte[] webp = riff(vp8x, exif);

        byte[] cleaned = scrubber.withoutLocation(webp, ImageType.WEBP);

        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("EXIF");
        assertThat(ByteBuffer.wrap(cleaned).order(ByteOrder.LITTLE_ENDIAN).getInt(4)).isEqualTo(cleaned.length - 8);
        assertThat(cleaned[20] & 0x08).as("VP8X 'has EXIF' flag").isZero();
    }

    private static byte[] insertChunkAfterHeader(byte[] png, String type, byte[] data) {
        int ihdrEnd = 8 + 12 + ByteBuffer.wrap(png).getInt(8);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
        out.put(png, 0, ihdrEnd).put(chunk.array()).put(png, ihdrEnd, png.length - ihdrEnd);
        return out.array();
    }

    private static byte[] chunk(String fourcc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        int size = 4;
        for (byte[] c : chunks) {
            size += c.length;
        }
        ByteBuffer out = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            out.put(c);
        }
        return out.array();
    }
}
