package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.ingest.media.domain.ImageType;
import dev.concierge.ingest.media.imaging.ImageIoDecoder;
import dev.concierge.ingest.shared.application.UnprocessableContentException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageIoDecoderTest {

    private final ImageIoDecoder decoder = new ImageIoDecoder();

    @Test
    void a_tiny_webp_declaring_a_large_frame_is_refused_before_the_decoder_builds_the_frame() {
        // 4000 × 4000 is under the general pixel limit; decoded, its macroblocks alone would take ~200 MB
        byte[] webp = lossyWebp(4000, 4000);

        assertThatThrownBy(() -> decoder.requireDecodable(webp, ImageType.WEBP))
                .isInstanceOf(UnprocessableContentException.class)
                .hasMessageContaining("16000000 pixels").hasMessageContaining(ImageIoDecoder.MAX_WEBP_PIXELS + " are accepted");
    }

    @Test
    void a_webp_at_the_largest_accepted_frame_that_is_garbage_inside_is_refused_as_undecodable() {
        byte[] webp = lossyWebp(2048, 2048);

        assertThatThrownBy(() -> decoder.requireDecodable(webp, ImageType.WEBP))
                .isInstanceOf(UnprocessableContentException.class)
                .hasMessageContaining("does not decode");
    }

    /** A RIFF/WEBP file with a VP8 key-frame header of the given size and garbage after it. */
    private static byte[] lossyWebp(int width, int height) {
        ByteBuffer frame = ByteBuffer.allocate(10 + 32).order(ByteOrder.LITTLE_ENDIAN);
        frame.put((byte) 0x10).put((byte) 0x02).put((byte) 0x00);      // key frame, shown, first partition size
        frame.put((byte) 0x9d).put((byte) 0x01).put((byte) 0x2a);      // VP8 start code
        frame.putShort((short) width).putShort((short) height);
        for (int i = 0; i < 32; i++) {
            frame.put((byte) (i * 37));
        }
        byte[] vp8 = frame.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(littleEndian(4 + 8 + vp8.length));
        out.writeBytes("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(littleEndian(vp8.length));
        out.writeBytes(vp8);
        return out.toByteArray();
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
}
