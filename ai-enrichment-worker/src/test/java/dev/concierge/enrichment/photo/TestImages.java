package dev.concierge.enrichment.photo;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** Photos drawn in the test, so no image file is checked in: a product barcode, printed text, both. */
public final class TestImages {

    private TestImages() {
    }

    /** An EAN-13 as ZXing's writer draws it, with a quiet zone, as PNG bytes. */
    public static byte[] ean13(String code) {
        BitMatrix matrix = new EAN13Writer().encode(code, BarcodeFormat.EAN_13, 400, 160);
        return png(MatrixToImageWriter.toBufferedImage(matrix));
    }

    /** Black text in a large plain font on white, one line, as PNG bytes. */
    public static byte[] printedText(String text) {
        return drawn(900, 160, g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
            g.drawString(text, 40, 105);
        });
    }

    /**
     * A pack's printed label: each line in a bold plain font, black on white, and below them the
     * pack's EAN-13 when one is given (null for none), as PNG bytes. Sized to what it holds, so
     * that OCR has no empty canvas to search.
     */
    public static byte[] label(List<String> lines, String ean13) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 44);
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        int lineHeight = metrics.getHeight() + 12;
        BufferedImage code = ean13 == null ? null : MatrixToImageWriter.toBufferedImage(
                new EAN13Writer().encode(ean13, BarcodeFormat.EAN_13, 400, 140));
        int width = 60 + Math.max(lines.stream().mapToInt(metrics::stringWidth).max().orElse(0),
                code == null ? 0 : code.getWidth());
        int height = 40 + lineHeight * lines.size() + (code == null ? 0 : code.getHeight() + 20);
        return drawn(width, height, g -> {
            g.setFont(font);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 30, 20 + lineHeight * i + metrics.getAscent());
            }
            if (code != null) {
                g.drawImage(code, 30, 30 + lineHeight * lines.size(), null);
            }
        });
    }

    /** White canvas, black anti-aliased text: what {@code painting} draws on it, as PNG bytes. */
    private static byte[] drawn(int width, int height, Consumer<Graphics2D> painting) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            painting.accept(g);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** A PNG's signature followed by garbage: looks like an image, decodes as none. */
    public static byte[] corruptPng() {
        byte[] bytes = new byte[512];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = signature.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
