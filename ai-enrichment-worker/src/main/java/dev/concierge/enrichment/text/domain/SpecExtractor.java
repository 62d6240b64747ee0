package dev.concierge.enrichment.text.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based specification extraction from normalised text ({@link TextNormaliser}): measures with
 * units, pack counts, Hinglish and English number words before a unit or pack, and keyword
 * attributes (colour, connector, size, form, occasion, age, variant, device model). Each rule
 * claims the tokens it used, so one number is never read twice.
 */
public final class SpecExtractor {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    /** Unit token → {attribute, canonical unit}. */
    private static final Map<String, String[]> UNITS = units();

    /** Pack nouns that count containers: "2 packets", "do strip", "3 bottles". */
    private static final Set<String> CONTAINERS = Set.of("packet", "packets", "pkt", "pkts", "pack", "packs",
            "pouch", "pouches", "strip", "strips", "patta", "patte", "bottle", "bottles", "botal", "box", "boxes",
            "tin", "tins", "can", "cans", "jar", "jars", "tube", "tubes", "bag", "bags", "carton", "cartons",
            "tray", "trays", "roll", "rolls", "bar", "bars", "sachet", "sachets", "loaf", "loaves", "bunch",
            "bunches", "pair", "pairs", "set", "sets", "piece", "pieces", "pc", "pcs", "nos", "unit", "units",
            "dabba", "dabbe", "peti", "bundle", "bundles", "refill", "refills", "cake", "cakes");
    /** Pack nouns that count what is inside: "10 tablets" is a pack size once a strip is counted. */
    private static final Set<String> CONTENTS = Set.of("tablet", "tablets", "tab", "tabs", "capsule", "capsules",
            "goli", "goliyan", "sheets", "eggs", "ande", "anda");
    private static final Set<String> DOZEN = Set.of("dozen", "darjan", "darjen");
    private static final Set<String> ORDER_WORDS = Set.of("need", "want", "send", "get", "give", "order", "buy",
            "bhejo", "bhej", "bhejna", "dena", "dedo", "de", "lao", "lana", "la", "please", "pls", "plz", "me");
    private static final Set<String> AFTER_QUANTITY = Set.of("chahiye", "chaiye", "chahie", "chahiyen", "dena",
            "bhejo", "bhej", "please", "pls", "plz", "qty", "nos");

    private static final int TRAILING_COUNT_LIMIT = 20;

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("ek", "1"), Map.entry("one", "1"), Map.entry("a", "1"), Map.entry("an", "1"),
            Map.entry("do", "2"), Map.entry("two", "2"), Map.entry("teen", "3"), Map.entry("three", "3"),
            Map.entry("char", "4"), Map.entry("chaar", "4"), Map.entry("four", "4"),
            Map.entry("paanch", "5"), Map.entry("panch", "5"), Map.entry("five", "5"),
            Map.entry("chhe", "6"), Map.entry("chhah", "6"), Map.entry("six", "6"),
            Map.entry("saat", "7"), Map.entry("seven", "7"), Map.entry("aath", "8"), Map.entry("eight", "8"),
            Map.entry("nau", "9"), Map.entry("nine", "9"), Map.entry("das", "10"), Map.entry("ten", "10"),
            Map.entry("barah", "12"), Map.entry("baarah", "12"), Map.entry("twelve", "12"),
            Map.entry("aadha", "0.5"), Map.entry("adha", "0.5"), Map.entry("half", "0.5"),
            Map.entry("dedh", "1.5"), Map.entry("dhai", "2.5"), Map.entry("dhaai", "2.5"));

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("black", "black"), Map.entry("kala", "black"), Map.entry("kaala", "black"),
            Map.entry("white", "white"), Map.entry("safed", "white"), Map.entry("red", "red"),
            Map.entry("lal", "red"), Map.entry("laal", "red"), Map.entry("blue", "blue"), Map.entry("neela", "blue"),
            Map.entry("nila", "blue"), Map.entry("navy", "navy blue"), Map.entry("green", "green"),
            Map.entry("hara", "green"), Map.entry("yellow", "yellow"), Map.entry("peela", "yellow"),
            Map.entry("pink", "pink"), Map.entry("gulabi", "pink"), Map.entry("grey", "grey"),
            Map.entry("gray", "grey"), Map.entry("silver", "silver"), Map.entry("golden", "gold"),
            Map.entry("brown", "brown"), Map.entry("purple", "purple"), Map.entry("orange", "orange"),
            Map.entry("maroon", "maroon"), Map.entry("beige", "beige"));
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("tablet", "tablet"), Map.entry("tablets", "tablet"), Map.entry("tab", "tablet"),
            Map.entry("tabs", "tablet"), Map.entry("goli", "tablet"), Map.entry("strip", "tablet"),
            Map.entry("strips", "tablet"), Map.entry("patta", "tablet"), Map.entry("syrup", "syrup"),
            Map.entry("sirap", "syrup"), Map.entry("capsule", "capsule"), Map.entry("capsules", "capsule"),
            Map.entry("ointment", "ointment"), Map.entry("gel", "gel"), Map.entry("drops", "drops"),
            Map.entry("injection", "injection"), Map.entry("inhaler", "inhaler"), Map.entry("suspension", "syrup"),
            Map.entry("sachet", "sachet"));
    private static final Map<String, String> OCCASIONS = Map.ofEntries(
            Map.entry("birthday", "birthday"), Map.entry("bday", "birthday"), Map.entry("janamdin", "birthday"),
            Map.entry("anniversary", "anniversary"), Map.entry("valentine", "valentine's day"),
            Map.entry("valentines", "valentine's day"), Map.entry("wedding", "wedding"), Map.entry("shaadi", "wedding"),
            Map.entry("diwali", "diwali"), Map.entry("rakhi", "raksha bandhan"), Map.entry("housewarming", "housewarming"),
            Map.entry("farewell", "farewell"), Map.entry("congratulations", "congratulations"));
    private static final Map<String, String> AGE_WORDS = Map.of("puppy", "puppy", "kitten", "kitten",
            "newborn", "newborn", "infant", "infant", "adult", "adult", "senior", "senior");
    private static final Map<String, String> SIZES = Map.ofEntries(
            Map.entry("xs", "XS"), Map.entry("xl", "XL"), Map.entry("xxl", "XXL"), Map.entry("xxxl", "XXXL"),
            Map.entry("small", "S"), Map.entry("medium", "M"), Map.entry("large", "L"), Map.entry("nb", "NB"));
    private static final Pattern SIZE_VALUE = Pattern.compile("\\d{1,2}(\\.\\d)?|xs|s|m|l|xl|xxl|xxxl|nb|free");
    private static final List<String> VARIANTS = List.of("double toned", "full cream", "toned", "skimmed",
            "low fat", "sugar free", "unsalted", "salted", "masala", "plain", "lemon", "mint", "chocolate",
            "vanilla", "strawberry", "elaichi", "kesar", "butterscotch", "original", "classic", "dark",
            "brown", "multigrain", "whole wheat", "basmati", "veg", "chicken");
    private static final Pattern MODEL = Pattern.compile("\\b(iphone|ipad|galaxy|redmi note|redmi|oneplus|nord|vivo"
            + "|oppo|realme|pixel|poco|moto|macbook air|macbook pro|macbook|samsung galaxy|samsung)( [a-z])? (\\d{1,4})"
            + "( (pro max|pro|max|plus|ultra|lite|mini|prime|fe))?\\b");
    private static final List<String[]> CONNECTORS = List.of(
            new String[] {"usb-c", "USB-C"}, new String[] {"type-c", "USB-C"}, new String[] {"type c", "USB-C"},
            new String[] {"c type", "USB-C"}, new String[] {"usb c", "USB-C"}, new String[] {"lightning", "Lightning"},
            new String[] {"micro usb", "micro-USB"}, new String[] {"micro-usb", "micro-USB"},
            new String[] {"v8", "micro-USB"}, new String[] {"aux", "3.5 mm"}, new String[] {"hdmi", "HDMI"},
            new String[] {"magsafe", "MagSafe"});

    public Extraction extract(String normalised) {
        List<String> tokens = new ArrayList<>(TextNormaliser.tokens(normalised));
        boolean[] used = new boolean[tokens.size()];
        Map<String, String> specs = new LinkedHashMap<>();
        numberWords(tokens);
        measures(tokens, used, specs);
        model(tokens, used, specs);
        packOf(tokens, used, specs);
        counts(tokens, used, specs);
        multipliers(tokens, used, specs);
        bareQuantity(tokens, used, specs);
        keywords(tokens, specs);
        List<Extraction.BareNumber> bare = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i] && NUMBER.matcher(tokens.get(i)).matches()) {
                bare.add(new Extraction.BareNumber(tokens.get(i), i == 0 ? "" : tokens.get(i - 1)));
            }
        }
        return new Extraction(specs, bare);
    }

    /** "do strip", "teen packet", "dedh kilo", "a dozen": a number word counts only before a unit or pack noun. */
    private static void numberWords(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String next = tokens.get(i + 1);
            boolean countable = UNITS.containsKey(next) || CONTAINERS.contains(next) || CONTENTS.contains(next)
                    || DOZEN.contains(next);
            String value = NUMBER_WORDS.get(tokens.get(i));
            // "a"/"an" only before a dozen or a pack noun, never before a unit ("a l" is not a litre)
            if (countable && value != null && !(value.equals("1") && tokens.get(i).startsWith("a")
                    && UNITS.containsKey(next))) {
                tokens.set(i, value);
            }
        }
    }

    private static void model(List<String> tokens, boolean[] used, Map<String, String> specs) {
        String joined = String.join(" ", tokens);
        Matcher matcher = MODEL.matcher(joined);
        while (matcher.find()) {
            int first = tokenIndexAt(joined, matcher.start());
            int last = tokenIndexAt(joined, matcher.end() - 1);
            // "samsung 25 w charger": the number is a wattage, not a model
            if (used[tokenIndexAt(joined, matcher.start(3))]) {
                continue;
            }
            specs.putIfAbsent("model", matcher.group().trim());
            for (int i = first; i <= last; i++) {
                used[i] = true;
            }
        }
    }

    private static void measures(List<String> tokens, boolean[] used, Map<String, String> specs) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String number = tokens.get(i);
            String[] unit = UNITS.get(tokens.get(i + 1));
            if (used[i] || unit == null || !NUMBER.matcher(number).matches()) {
                continue;
            }
            String attribute = unit[0];
            String value = plain(number) + " " + unit[1];
            if (attribute.equals("length") && value.equals("3.5 mm")) {
                attribute = "connector";
            }
            specs.putIfAbsent(attribute, value);
            used[i] = true;
            used[i + 1] = true;
        }
    }

    /** "pack of 6", "strip of 15", "box of 10": the size of one pack. */
    private static void packOf(List<String> tokens, boolean[] used, Map<String, String> specs) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (CONTAINERS.contains(tokens.get(i)) && tokens.get(i + 1).equals("of") && isCount(tokens.get(i + 2))
                    && !used[i + 2]) {
                specs.putIfAbsent("pack-size", tokens.get(i + 2));
                used[i + 2] = true;
            }
        }
    }

    private static void counts(List<String> tokens, boolean[] used, Map<String, String> specs) {
        List<Integer> contents = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String number = tokens.get(i);
            String noun = tokens.get(i + 1);
            if (used[i] || !isCount(number)) {
                continue;
            }
            if (DOZEN.contains(noun)) {
                specs.putIfAbsent("quantity", plain(new BigDecimal(number).multiply(BigDecimal.valueOf(12)).toPlainString()));
                used[i] = true;
            } else if (CONTAINERS.contains(noun)) {
                if (specs.containsKey("quantity")) {
                    specs.putIfAbsent("pack-size", number);
                } else {
                    specs.put("quantity", number);
                }
                used[i] = true;
            } else if (CONTENTS.contains(noun)) {
                contents.add(i);
                used[i] = true;
            }
        }
        for (int content : contents) {
            // "2 strips of 10 tablets": the strips are the quantity, the tablets the pack size
            specs.putIfAbsent(specs.containsKey("quantity") ? "pack-size" : "quantity", tokens.get(content));
        }
        for (int i = 0; i < tokens.size(); i++) {
            boolean bareDozen = DOZEN.contains(tokens.get(i)) && (i == 0 || !isCount(tokens.get(i - 1)));
            if (bareDozen) {
                specs.putIfAbsent("quantity", "12");
            }
        }
    }

    /** "2 x 500 ml", "500ml x 2", "x2". */
    private static void multipliers(List<String> tokens, boolean[] used, Map<String, String> specs) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals("x") && !tokens.get(i).equals("*")) {
                continue;
            }
            for (int j : new int[] {i + 1, i - 1}) {
                if (j >= 0 && j < tokens.size() && !used[j] && isCount(tokens.get(j))) {
                    specs.putIfAbsent("quantity", tokens.get(j));
                    used[j] = true;
                    break;
                }
            }
        }
    }

    /** "2 maggi", "need 3 dairy milk", "amul taaza 2 chahiye": a small number where an order puts its count. */
    private static void bareQuantity(List<String> tokens, boolean[] used, Map<String, String> specs) {
        if (specs.containsKey("quantity")) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (used[i] || !isCount(token) || Integer.parseInt(token) > 50) {
                continue;
            }
            boolean leads = i == 0 || ORDER_WORDS.contains(tokens.get(i - 1));
            boolean followedByOrderWord = i + 1 < tokens.size() && AFTER_QUANTITY.contains(tokens.get(i + 1));
            // "kitkat 5", "fevikwik 2": a small number closing the message counts; a larger one is more
            // often a strength or model ("telma 40", "rockerz 255") and is left for the category rules
            boolean trailingSmall = i == tokens.size() - 1 && i > 0 && Integer.parseInt(token) <= TRAILING_COUNT_LIMIT;
            if (leads || followedByOrderWord || trailingSmall) {
                specs.put("quantity", token);
                used[i] = true;
                return;
            }
        }
    }

    private static void keywords(List<String> tokens, Map<String, String> specs) {
        String padded = " " + String.join(" ", tokens) + " ";
        for (String[] connector : CONNECTORS) {
            if (padded.contains(" " + connector[0] + " ")) {
                specs.putIfAbsent("connector", connector[1]);
            }
        }
        for (String variant : VARIANTS) {
            if (padded.contains(" " + variant + " ")) {
                specs.putIfAbsent("variant", variant);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            putIfKnown(specs, "colour", COLOURS, token);
            putIfKnown(specs, "form", FORMS, token);
            putIfKnown(specs, "occasion", OCCASIONS, token);
            putIfKnown(specs, "age", AGE_WORDS, token);
            putIfKnown(specs, "size", SIZES, token);
            boolean sizeWord = token.equals("size") || token.equals("uk");
            if (sizeWord && i + 1 < tokens.size() && SIZE_VALUE.matcher(tokens.get(i + 1)).matches()) {
                specs.putIfAbsent("size", (token.equals("uk") ? "UK " : "") + tokens.get(i + 1).toUpperCase(Locale.ROOT));
            }
            if (sizeWord && i > 0 && Set.of("s", "m", "l").contains(tokens.get(i - 1))) {
                specs.putIfAbsent("size", tokens.get(i - 1).toUpperCase(Locale.ROOT));
            }
        }
    }

    private static void putIfKnown(Map<String, String> specs, String attribute, Map<String, String> words, String token) {
        String value = words.get(token);
        if (value != null) {
            specs.putIfAbsent(attribute, value);
        }
    }

    private static boolean isCount(String token) {
        return token.matches("\\d{1,3}") && Integer.parseInt(token) > 0;
    }

    /** "1.50" → "1.5", "500" stays. */
    private static String plain(String number) {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    private static int tokenIndexAt(String joined, int offset) {
        int index = 0;
        for (int i = 0; i < offset; i++) {
            if (joined.charAt(i) == ' ') {
                index++;
            }
        }
        return index;
    }

    private static Map<String, String[]> units() {
        Map<String, String[]> units = new LinkedHashMap<>();
        unit(units, "volume", "ml", "ml", "mls", "millilitre", "milliliter", "millilitres");
        unit(units, "volume", "l", "l", "ltr", "ltrs", "lt", "litre", "liter", "litres", "liters", "litr");
        unit(units, "weight", "g", "g", "gm", "gms", "gram", "grams", "gr", "grm");
        unit(units, "weight", "kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms");
        unit(units, "strength", "mg", "mg", "mgs", "milligram", "milligrams");
        unit(units, "strength", "mcg", "mcg", "µg", "microgram", "micrograms");
        unit(units, "strength", "%", "%");
        unit(units, "strength", "iu", "iu");
        unit(units, "wattage", "W", "w", "watt", "watts", "wat");
        unit(units, "capacity", "GB", "gb");
        unit(units, "capacity", "TB", "tb");
        unit(units, "capacity", "mAh", "mah");
        unit(units, "length", "m", "m", "meter", "metre", "meters", "metres", "mtr");
        unit(units, "length", "cm", "cm");
        unit(units, "length", "mm", "mm");
        unit(units, "length", "ft", "ft", "feet", "foot");
        unit(units, "size", "inch", "inch", "inches");
        unit(units, "age", "months", "month", "months", "mahine", "mahina");
        unit(units, "age", "years", "year", "years", "yr", "yrs", "saal");
        return Map.copyOf(units);
    }

    private static void unit(Map<String, String[]> units, String attribute, String canonical, String... spellings) {
        for (String spelling : spellings) {
            units.put(spelling, new String[] {attribute, canonical});
        }
    }
}
