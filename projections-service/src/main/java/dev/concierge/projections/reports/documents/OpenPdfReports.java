package dev.concierge.projections.reports.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.concierge.projections.analytics.domain.Figures;
import dev.concierge.projections.reports.application.ReportRenderer;
import dev.concierge.projections.reports.domain.DailyReport;
import dev.concierge.projections.reports.domain.ReportCsv;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the daily report as an A4 PDF (OpenPDF, as payment-worker's receipts): the day's totals, then
 * one table per category, each row a figure under the same name and value as in the CSV, so the PDF's
 * text says exactly what the CSV and the API say.
 */
public final class OpenPdfReports implements ReportRenderer {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);

    @Override
    public byte[] pdf(DailyReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Concierge daily report " + report.day());
            document.addCreator("Concierge projections-service");
            document.open();
            document.add(new Paragraph("Concierge: operations and financial report, " + report.day(), TITLE));
            document.add(new Paragraph("Requests created on " + report.day() + " (" + report.zone()
                    + "); money in minor units (paise), times in seconds.", TEXT));
            section(document, "Totals (" + ReportCsv.ALL + ")", report.total());
            for (Map.Entry<String, Figures> category : new TreeMap<>(report.byCategory()).entrySet()) {
                section(document, "Category " + category.getKey(), category.getValue());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report of " + report.day() + " could not be drawn", e);
        }
        return bytes.toByteArray();
    }

    private static void section(Document document, String heading, Figures figures) {
        document.add(new Paragraph(" ", TEXT));
        document.add(new Paragraph(heading, HEADING));
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        figures.named().forEach((name, value) -> {
            table.addCell(new Paragraph(name, TEXT));
            table.addCell(new Paragraph(value.isEmpty() ? "-" : value, TEXT));
        });
        document.add(table);
    }
}
