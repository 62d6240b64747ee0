package dev.concierge.enrichment.text.domain;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions: "paracetmaol"). */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}. */
    static int between(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMinimum = Math.min(rowMinimum, d[i][j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
