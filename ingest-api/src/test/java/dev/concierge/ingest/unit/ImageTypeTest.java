package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.media.domain.ImageType;
import dev.concierge.ingest.support.Images;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void recognises_jpeg_png_and_webp_from_their_first_bytes() throws Exception {
        assertThat(ImageType.detect(Images.jpegWithGps())).contains(ImageType.JPEG);
        assertThat(ImageType.detect(Images.png())).contains(ImageType.PNG);
        assertThat(ImageType.detect(webpHeader())).contains(ImageType.WEBP);
    }

    @Test
    void does_not_recognise_text_or_a_truncated_header() {
        assertThat(ImageType.detect("GIF89a and other things".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
    }

    static byte[] webpHeader() {
        byte[] bytes = new byte[16];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        return bytes;
    }
}
