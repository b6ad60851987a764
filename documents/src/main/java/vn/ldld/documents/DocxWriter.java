package vn.ldld.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * Writes an {@link OfficialDocument} as DOCX (Apache POI), A4 with the decree's margins, in Times New Roman (which
 * LibreOffice shows with the metric-compatible Liberation Serif), page numbers at the top from page 2. Stateless.
 */
public final class DocxWriter {

    /** The DOCX media type. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String FONT = "Times New Roman";

    public byte[] write(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            header(docx, document);
            title(docx, document);
            for (Block block : document.body()) {
                block(docx, block);
            }
            closing(docx, document);
            docx.getProperties().getCoreProperties().setTitle(Wording.text(document.documentType()) + " "
                    + Wording.title(document.title()));
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PageLayout.twips(PageLayout.WIDTH_MM)));
        size.setH(BigInteger.valueOf(PageLayout.twips(PageLayout.HEIGHT_MM)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(PageLayout.twips(PageLayout.TOP_MM)));
        margins.setBottom(BigInteger.valueOf(PageLayout.twips(PageLayout.BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(PageLayout.twips(PageLayout.LEFT_MM)));
        margins.setRight(BigInteger.valueOf(PageLayout.twips(PageLayout.RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(PageLayout.twips(10)));
        margins.setFooter(BigInteger.valueOf(PageLayout.twips(10)));
        // page numbers at the top centre, none on the first page
        section.addNewTitlePg();
        docx.createHeader(HeaderFooterType.FIRST);
        XWPFHeader numbers = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbers.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void header(XWPFDocument docx, OfficialDocument d) {
        XWPFTable table = columns(docx);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (!Wording.blank(d.bodyAbove())) {
            run(centered(first), Wording.upper(d.bodyAbove()), false, false, PageLayout.HEADER_PT);
            first = left.addParagraph();
        }
        run(centered(first), Wording.upper(d.issuingBody()), true, false, PageLayout.HEADER_PT);
        rule(left.addParagraph(), 25, PageLayout.LEFT_COLUMN_SHARE);
        run(centered(left.addParagraph()), Wording.number(d.number()), false, false, PageLayout.HEADER_PT);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(centered(right.getParagraphs().get(0)), Wording.NATIONAL_NAME, true, false, PageLayout.NATIONAL_NAME_PT);
        run(centered(right.addParagraph()), Wording.MOTTO, true, false, PageLayout.HEADER_PT + 1);
        rule(right.addParagraph(), 62, 1 - PageLayout.LEFT_COLUMN_SHARE);
        run(centered(right.addParagraph()), Wording.placeAndDate(d.place(), d.date()), false, true, PageLayout.BODY_PT);
    }

    private static void title(XWPFDocument docx, OfficialDocument d) {
        XWPFParagraph type = centered(docx.createParagraph());
        type.setSpacingBefore(360);
        run(type, Wording.upper(d.documentType()), true, false, PageLayout.BODY_PT);
        run(centered(docx.createParagraph()), Wording.title(d.title()), true, false, PageLayout.BODY_PT);
        XWPFParagraph line = docx.createParagraph();
        line.setSpacingAfter(240);
        rule(line, 55, 1);
    }

    private static void block(XWPFDocument docx, Block block) {
        if (block instanceof Block.Heading heading) {
            body(docx.createParagraph(), heading.text(), true, false);
        } else if (block instanceof Block.Paragraph paragraph) {
            for (String text : Wording.text(paragraph.text()).split("\n")) {
                body(docx.createParagraph(), text, paragraph.bold(), paragraph.italic());
            }
        } else if (block instanceof Block.Table table) {
            table(docx, table);
        }
    }

    private static void table(XWPFDocument docx, Block.Table table) {
        XWPFTable t = docx.createTable(table.rows().size() + 1, table.headers().size());
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        row(t.getRow(0), table.headers(), table.widths(), total, true, true);
        t.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < table.rows().size(); i++) {
            Block.Row row = table.rows().get(i);
            row(t.getRow(i + 1), row.cells(), table.widths(), total, row.bold(), false);
        }
        docx.createParagraph().setSpacingAfter(0);
    }

    private static void row(XWPFTableRow row, List<String> cells, List<Integer> widths, int total, boolean bold,
                            boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(Math.round(widths.get(i) * 100f / total) + "%");
            String[] lines = Wording.text(cells.get(i)).split("\n");
            for (int j = 0; j < lines.length; j++) {
                XWPFParagraph p = j == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, lines[j], bold, false, PageLayout.TABLE_PT);
            }
        }
    }

    private static void closing(XWPFDocument docx, OfficialDocument d) {
        docx.createParagraph();
        XWPFTable table = columns(docx);
        XWPFTableCell left = table.getRow(0).getCell(0);
        run(left.getParagraphs().get(0), Wording.RECIPIENTS, true, true, PageLayout.RECIPIENTS_TITLE_PT);
        List<String> recipients = d.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            String end = i == recipients.size() - 1 ? "." : ";";
            run(left.addParagraph(), "- " + Wording.text(recipients.get(i)).strip() + end, false, false,
                    PageLayout.RECIPIENTS_PT);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        Signature s = d.signature();
        XWPFParagraph p = centered(right.getParagraphs().get(0));
        if (!Wording.blank(s.capacity())) {
            run(p, Wording.upper(s.capacity()), true, false, PageLayout.BODY_PT);
            p = centered(right.addParagraph());
        }
        run(p, Wording.upper(s.position()), true, false, PageLayout.BODY_PT);
        XWPFParagraph name = centered(right.addParagraph());
        name.setSpacingBefore(PageLayout.twips(28));
        run(name, Wording.text(s.fullName()), true, false, PageLayout.BODY_PT);
    }

    /** A borderless table of two columns: the header and closing blocks. */
    private static XWPFTable columns(XWPFDocument docx) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        int width = PageLayout.twips(PageLayout.WIDTH_MM - PageLayout.LEFT_MM - PageLayout.RIGHT_MM);
        int left = Math.round(width * PageLayout.LEFT_COLUMN_SHARE);
        table.setWidth(String.valueOf(width));
        table.setCellMargins(0, 0, 0, 0);
        // column widths in twentieths of a point, in the grid too: LibreOffice lays the table out by its grid
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(width - left));
        table.getRow(0).getCell(0).setWidth(String.valueOf(left));
        table.getRow(0).getCell(1).setWidth(String.valueOf(width - left));
        return table;
    }

    /** A centred rule {@code lengthMm} long: an empty paragraph with a bottom border, indented on both sides. */
    private static void rule(XWPFParagraph paragraph, float lengthMm, float share) {
        float textWidth = PageLayout.WIDTH_MM - PageLayout.LEFT_MM - PageLayout.RIGHT_MM;
        int each = PageLayout.twips((textWidth * share - lengthMm) / 2);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(120);
        paragraph.setIndentationLeft(each);
        paragraph.setIndentationRight(each);
        run(paragraph, "", false, false, 2);
    }

    private static void body(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(PageLayout.twips(PageLayout.INDENT_MM));
        paragraph.setSpacingAfter(Math.round(PageLayout.PARAGRAPH_AFTER_PT * 20));
        run(paragraph, text, bold, italic, PageLayout.BODY_PT);
    }

    private static XWPFParagraph centered(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, float size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }
}
