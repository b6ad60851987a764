package vn.ldld.documents;

import java.util.List;

/** A piece of a document's body. */
public sealed interface Block {

    /** A paragraph of body text, justified, its first line indented. */
    static Block paragraph(String text) {
        return new Paragraph(text, false, false);
    }

    /** A heading: bold, not indented, e.g. "I. MỤC ĐÍCH, YÊU CẦU". */
    static Block heading(String text) {
        return new Heading(text);
    }

    /**
     * Body text.
     *
     * @param text the text (a line break starts a new paragraph)
     * @param bold whether in bold
     * @param italic whether in italics
     */
    record Paragraph(String text, boolean bold, boolean italic) implements Block {
    }

    /**
     * A heading of the body.
     *
     * @param text the heading as printed
     */
    record Heading(String text) implements Block {
    }

    /**
     * A table with a header row and borders.
     *
     * @param headers the column titles
     * @param widths the relative width of each column
     * @param rows the rows below the header
     */
    record Table(List<String> headers, List<Integer> widths, List<Row> rows) implements Block {

        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
            int columns = headers.size();
            if (columns != widths.size() || rows.stream().anyMatch(r -> r.cells().size() != columns)) {
                throw new IllegalArgumentException("Every row of a table needs one cell per column");
            }
        }
    }

    /**
     * A table row.
     *
     * @param cells its cells, one per column; a line break starts a new line in the cell
     * @param bold whether in bold (totals)
     */
    record Row(List<String> cells, boolean bold) {

        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        /** A row in regular type. */
        public static Row of(List<String> cells) {
            return new Row(cells, false);
        }
    }
}
