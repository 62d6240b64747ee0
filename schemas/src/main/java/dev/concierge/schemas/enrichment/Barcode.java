package dev.concierge.schemas.enrichment;

/**
 * A barcode read from a request's photo: its symbology as the reader names it ({@code EAN_13},
 * {@code EAN_8}, {@code UPC_A}, {@code UPC_E}, {@code QR_CODE}) and the text it encodes (digits for
 * product codes, any text for QR codes).
 */
public record Barcode(String format, String value) {
}
