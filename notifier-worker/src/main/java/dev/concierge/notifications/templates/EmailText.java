package dev.concierge.notifications.templates;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text part of an email comes from the same Qute source as its HTML part: the markup of the
 * source (trusted, ours) is turned into plain text before it is parsed, so variables are never
 * touched and nothing a customer typed is ever un-escaped or stripped.
 */
final class EmailText {

    private static final Pattern HEAD = Pattern.compile("<head>.*?</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("<li[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile("</?(p|h[1-6]|ul|ol|div|table|tr)(\\s[^>]*)?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private EmailText() {
    }

    static String fromHtmlSource(String html) {
        String text = HEAD.matcher(html).replaceAll("");
        text = LINK.matcher(text).replaceAll(EmailText::link);
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("- ");
        text = BLOCK.matcher(text).replaceAll("\n\n");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines).replaceAll("\n\n");
    }

    /** A link whose text is its address reads as the address; any other as "text: address". */
    private static String link(MatchResult m) {
        String href = m.group(1);
        String label = ANY_TAG.matcher(m.group(2)).replaceAll("").strip();
        return Matcher.quoteReplacement(label.equals(href) || label.isEmpty() ? href : label + ": " + href);
    }
}
