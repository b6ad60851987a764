package vn.ldld.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif (SIL Open Font License 1.1, metric-compatible with Times New Roman, covering Vietnamese), shipped
 * with this module and embedded, as a subset, in each PDF.
 */
final class PdfFonts {

    enum Style {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String file;

        Style(String file) {
            this.file = file;
        }

        static Style of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private final Map<Style, PDType0Font> fonts = new HashMap<>();
    private final Map<Style, Map<Integer, Boolean>> printable = new HashMap<>();

    PdfFonts(PDDocument pdf) {
        for (Style style : Style.values()) {
            String resource = "fonts/LiberationSerif-" + style.file + ".ttf";
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font " + resource);
                }
                fonts.put(style, PDType0Font.load(pdf, in, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            printable.put(style, new HashMap<>());
        }
    }

    PDType0Font font(Style style) {
        return fonts.get(style);
    }

    /** The text with every character the font cannot show replaced by "?", and without control characters. */
    String printable(Style style, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (printable.get(style).computeIfAbsent(cp, c -> canShow(style, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    float width(Style style, float size, String text) {
        try {
            return fonts.get(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canShow(Style style, int codePoint) {
        try {
            fonts.get(style).encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
