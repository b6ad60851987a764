package vn.ldld.plan.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Vietnamese text search without diacritics: "Trảng Bàng", "TRANG BANG" and "trang bang" are the same words.
 * {@link #normalize} folds a text to lower-case ASCII letters ({@code đ} and {@code Đ} to {@code d}, every tone and
 * vowel mark removed, runs of spaces to one); {@link #foldingPattern} matches the folded query in a text stored as
 * written.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Every written form of a folded letter, both cases, for the patterns over text stored as written. */
    private static final Map<Character, String> VARIANTS = Map.of(
            'a', "aàáảãạăằắẳẵặâầấẩẫậ",
            'd', "dđð",
            'e', "eèéẻẽẹêềếểễệ",
            'i', "iìíỉĩị",
            'o', "oòóỏõọôồốổỗộơờớởỡợ",
            'u', "uùúủũụưừứửữự",
            'y', "yỳýỷỹỵ");

    private SearchText() {
    }

    /** The folded form of {@code text} (empty for null): lower-case, no diacritics, single spaces, trimmed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ are letters of their own, not d with a mark: Unicode decomposition leaves them as they are
        String plain = text.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D');
        String stripped = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded form of the non-null parts, joined by single spaces. */
    public static String of(String... parts) {
        return java.util.Arrays.stream(parts).map(SearchText::normalize).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /**
     * A regular expression (Java and MongoDB syntax, no options needed) finding the folded {@code query} anywhere
     * in a text stored with its diacritics and capitals: {@code "trang bang"} finds {@code "Trảng Bàng"}.
     */
    public static String foldingPattern(String query) {
        StringBuilder pattern = new StringBuilder();
        for (char c : normalize(query).toCharArray()) {
            String variants = VARIANTS.get(c);
            if (variants != null) {
                pattern.append('[').append(variants).append(variants.toUpperCase(Locale.ROOT)).append(']');
            } else if (Character.isLetter(c)) {
                pattern.append('[').append(c).append(Character.toUpperCase(c)).append(']');
            } else if (c == ' ') {
                pattern.append("\\s+");
            } else {
                pattern.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return pattern.toString();
    }

    /** A regular expression finding the folded {@code query} anywhere in a folded text. */
    public static String containsPattern(String query) {
        return Pattern.quote(normalize(query));
    }
}
