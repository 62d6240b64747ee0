package dev.concierge.enrichment.photo.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import dev.concierge.enrichment.photo.domain.BarcodeReader;
import dev.concierge.schemas.enrichment.Barcode;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Product codes and QR codes with ZXing, in process; several codes in one photo are all read. */
public final class ZxingBarcodeReader implements BarcodeReader {

    public static final String PROVIDER = "local-barcode";

    /** What a product photo carries: retail codes on the pack, QR codes on labels and bills. */
    private static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.EAN_13, BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A, BarcodeFormat.UPC_E, BarcodeFormat.QR_CODE);

    private final Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);

    public ZxingBarcodeReader() {
        hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
        // phone photos are skewed and blurred: the slower search finds codes the quick one misses
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<Barcode> read(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            // a reader per call: MultiFormatReader keeps state between decodes and is not thread-safe
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
            return Arrays.stream(results)
                    .map(result -> new Barcode(result.getBarcodeFormat().name(), result.getText()))
                    .distinct()
                    .toList();
        } catch (NotFoundException none) {
            return List.of();
        }
    }
}
