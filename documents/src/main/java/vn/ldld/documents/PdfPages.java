package vn.ldld.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.ldld.documents.PdfFonts.Style;

/**
 * The pages of a PDF being written, top to bottom: a cursor going down the text area within the decree's margins,
 * a new page when the next piece does not fit, text wrapped, centred or justified, rules and table borders.
 */
final class PdfPages {

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** One line of a column block. */
    record Line(String text, Style style, float size, Align align, float spaceBefore, float rule) {

        static Line of(String text, Style style, float size) {
            return new Line(text, style, size, Align.CENTER, 0, 0);
        }

        Line before(float space) {
            return new Line(text, style, size, align, space, rule);
        }

        /** With a centred rule below, {@code share} of the widest line long. */
        Line ruled(float share) {
            return new Line(text, style, size, align, spaceBefore, share);
        }

        Line aligned(Align to) {
            return new Line(text, style, size, to, spaceBefore, rule);
        }
    }

    private static final float LINE_SPACING = 1.2f;
    private static final float ASCENT = 0.89f;

    final float left = PageLayout.points(PageLayout.LEFT_MM);
    final float right = PageLayout.points(PageLayout.WIDTH_MM - PageLayout.RIGHT_MM);
    final float width = right - left;
    private final float top = PageLayout.points(PageLayout.HEIGHT_MM - PageLayout.TOP_MM);
    private final float bottom = PageLayout.points(PageLayout.BOTTOM_MM);
    private final PDDocument pdf;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument pdf, PdfFonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
        newPage();
    }

    float y() {
        return y;
    }

    void down(float space) {
        y -= space;
    }

    static float leading(float size) {
        return size * LINE_SPACING;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (y - height < bottom) {
            newPage();
        }
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try {
            content = new PDPageContentStream(pdf, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    /** A paragraph across the text width, wrapped, its first line indented by {@code indent}, pages broken between lines. */
    void paragraph(String text, Style style, float size, Align align, float indent) {
        List<String> lines = wrap(text, style, size, width, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading(size));
            float x = left + (i == 0 ? indent : 0);
            float w = width - (i == 0 ? indent : 0);
            boolean last = i == lines.size() - 1;
            show(lines.get(i), style, size, x, w, align == Align.JUSTIFY && last ? Align.LEFT : align);
            y -= leading(size);
        }
    }

    /** The height {@code lines} take in a column {@code w} wide. */
    float height(List<Line> lines, float w) {
        float h = 0;
        for (Line line : lines) {
            h += line.spaceBefore() + wrap(line.text(), line.style(), line.size(), w, 0).size() * leading(line.size());
            h += line.rule() > 0 ? 6 : 0;
        }
        return h;
    }

    /** Draws {@code lines} in the column at {@code x}, {@code w} wide, from the cursor down, without breaking pages. */
    float column(List<Line> lines, float x, float w, float from) {
        float at = from;
        for (Line line : lines) {
            at -= line.spaceBefore();
            List<String> wrapped = wrap(line.text(), line.style(), line.size(), w, 0);
            float widest = 0;
            for (String text : wrapped) {
                y = at;
                show(text, line.style(), line.size(), x, w, line.align());
                widest = Math.max(widest, fonts.width(line.style(), line.size(), printable(line.style(), text)));
                at -= leading(line.size());
            }
            if (line.rule() > 0) {
                float length = widest * line.rule();
                rule(x + (w - length) / 2, x + (w + length) / 2, at - 1.5f);
                at -= 6;
            }
        }
        y = from;
        return from - at;
    }

    /** A table with a header row, repeated on each new page. */
    void table(Block.Table table, float size) {
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        float[] widths = new float[table.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * table.widths().get(i) / total;
        }
        row(table.headers(), widths, Style.BOLD, size, true);
        for (Block.Row row : table.rows()) {
            if (!fits(row.cells(), widths, row.bold() ? Style.BOLD : Style.REGULAR, size)) {
                newPage();
                row(table.headers(), widths, Style.BOLD, size, true);
            }
            row(row.cells(), widths, row.bold() ? Style.BOLD : Style.REGULAR, size, false);
        }
    }

    /** Writes the page number at the top centre of every page but the first (Decree 30/2020). */
    void numberPages() {
        closeContent();
        for (int i = 1; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream numbers = new PDPageContentStream(pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = numbers;
                y = top + PageLayout.points(10);
                show(String.valueOf(i + 1), Style.REGULAR, PageLayout.BODY_PT, left, width, Align.CENTER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        content = null;
    }

    private static final float PAD = 3;

    private boolean fits(List<String> cells, float[] widths, Style style, float size) {
        return y - rowHeight(cells, widths, style, size) >= bottom;
    }

    private float rowHeight(List<String> cells, float[] widths, Style style, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, cellLines(cells.get(i), style, size, widths[i] - 2 * PAD).size());
        }
        return lines * leading(size) + 2 * PAD;
    }

    private void row(List<String> cells, float[] widths, Style style, float size, boolean header) {
        float height = rowHeight(cells, widths, style, size);
        ensure(height);
        float from = y;
        float x = left;
        for (int i = 0; i < cells.size(); i++) {
            y = from - PAD;
            for (String line : cellLines(cells.get(i), style, size, widths[i] - 2 * PAD)) {
                show(line, style, size, x + PAD, widths[i] - 2 * PAD, header ? Align.CENTER : Align.LEFT);
                y -= leading(size);
            }
            try {
                content.setLineWidth(0.5f);
                content.addRect(x, from - height, widths[i], height);
                content.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            x += widths[i];
        }
        y = from - height;
    }

    private List<String> cellLines(String text, Style style, float size, float w) {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n", -1)) {
            lines.addAll(wrap(part, style, size, w, 0));
        }
        return lines;
    }

    void rule(float x1, float x2, float at) {
        try {
            content.setLineWidth(0.6f);
            content.moveTo(x1, at);
            content.lineTo(x2, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy wrapping at spaces; a word wider than the line is cut. Always at least one (maybe empty) line. */
    List<String> wrap(String text, Style style, float size, float w, float indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float room = w - indent;
        for (String word : printable(style, text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(style, size, candidate) <= room || line.isEmpty() && word.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                room = w;
                line.setLength(0);
            }
            while (fonts.width(style, size, word) > room) {
                int cut = word.length() - 1;
                while (cut > 1 && fonts.width(style, size, word.substring(0, cut)) > room) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                room = w;
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private String printable(Style style, String text) {
        return fonts.printable(style, Wording.text(text));
    }

    /** One line whose top is at the cursor. */
    private void show(String text, Style style, float size, float x, float w, Align align) {
        String line = printable(style, text);
        if (line.isBlank()) {
            return;
        }
        float baseline = y - size * ASCENT;
        float textWidth = fonts.width(style, size, line);
        try {
            content.setFont(fonts.font(style), size);
            if (align == Align.JUSTIFY && line.contains(" ")) {
                String[] words = line.split(" ");
                float gap = (w - fonts.width(style, size, line.replace(" ", ""))) / (words.length - 1);
                float at = x;
                for (String word : words) {
                    write(word, at, baseline);
                    at += fonts.width(style, size, word) + gap;
                }
                return;
            }
            float at = switch (align) {
                case CENTER -> x + (w - textWidth) / 2;
                case RIGHT -> x + w - textWidth;
                default -> x;
            };
            write(line, at, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, float x, float baseline) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
