package dev.concierge.projections.reports.domain;

import dev.concierge.projections.analytics.domain.Figures;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as CSV (RFC 4180, CRLF): a header, then one row per figure, first the day's totals
 * (category {@value #ALL}), then each category's. Figure names are the API's JSON paths
 * ({@code funnel.paid}, {@code gmvMinor} …); money in minor units, times in seconds, an empty value
 * for a figure without a base.
 */
public final class ReportCsv {

    /** The category column of the day's totals. */
    public static final String ALL = "ALL";
    public static final String HEADER = "day,zone,category,figure,value";

    private ReportCsv() {
    }

    public static String render(DailyReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        rows(csv, report, ALL, report.total());
        new TreeMap<>(report.byCategory()).forEach((category, figures) -> rows(csv, report, category, figures));
        return csv.toString();
    }

    private static void rows(StringBuilder csv, DailyReport report, String category, Figures figures) {
        for (Map.Entry<String, String> figure : figures.named().entrySet()) {
            csv.append(report.day()).append(',').append(field(report.zone())).append(',').append(field(category))
                    .append(',').append(figure.getKey()).append(',').append(field(figure.getValue())).append("\r\n");
        }
    }

    /** Quoted when it holds a comma, a quote or a line break (a category id never should, but the file stays valid). */
    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
