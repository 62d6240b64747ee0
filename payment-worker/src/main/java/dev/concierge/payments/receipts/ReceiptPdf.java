package dev.concierge.payments.receipts;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.concierge.payments.application.Receipt;
import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Draws a payment receipt as a one-page A4 PDF (OpenPDF), with a value column wide enough that no
 * id is broken across lines (a reader copies them into support requests). Amounts are written as "INR 57.00": the
 * PDF's standard fonts have no rupee sign, and a text that extracts exactly is what a mail client,
 * a screen reader and the tests read.
 */
final class ReceiptPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);

    private ReceiptPdf() {
    }

    static byte[] render(Receipt receipt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Concierge payment receipt " + receipt.paymentId());
            document.addCreator("Concierge payment-worker");
            document.open();
            document.add(new Paragraph("Concierge: payment receipt", TITLE));
            document.add(new Paragraph(" ", TEXT));
            PdfPTable table = new PdfPTable(new float[] {2, 5});
            table.setWidthPercentage(100);
            row(table, "Request", receipt.requestId());
            row(table, "Payment", receipt.paymentId());
            row(table, "Payment link", receipt.linkId());
            row(table, "Amount paid", amount(receipt.amount()));
            row(table, "Method", receipt.method() != null ? receipt.method() : "not stated by the gateway");
            row(table, "Captured at", TIME.format(receipt.capturedAt()));
            Split split = receipt.split();
            if (split != null && split.itemPrice() != null) {
                row(table, "Item price", amount(split.itemPrice()));
                row(table, "Delivery fee", split.deliveryFee() != null ? amount(split.deliveryFee()) : "none");
                row(table, "Store", split.storeId() != null ? split.storeId() : "not stated");
            }
            document.add(table);
            document.add(new Paragraph(" ", TEXT));
            document.add(new Paragraph("Keep this receipt for your records. Refunds are paid back to the same method.", TEXT));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the receipt of payment " + receipt.paymentId() + " could not be drawn", e);
        }
        return bytes.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, LABEL));
        table.addCell(new Paragraph(value, TEXT));
    }

    /** "INR 57.00" from 5700 paise (two minor digits, as every currency Razorpay settles in here). */
    static String amount(Money money) {
        return money.currency() + " " + BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
    }
}
