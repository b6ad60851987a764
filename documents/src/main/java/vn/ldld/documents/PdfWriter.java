package vn.ldld.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import vn.ldld.documents.PdfFonts.Style;
import vn.ldld.documents.PdfPages.Align;
import vn.ldld.documents.PdfPages.Line;

/** Writes an {@link OfficialDocument} as PDF (Apache PDFBox), Liberation Serif embedded. Stateless: share one. */
public final class PdfWriter {

    /** The PDF media type. */
    public static final String MEDIA_TYPE = "application/pdf";

    public byte[] write(OfficialDocument document) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfPages pages = new PdfPages(pdf, new PdfFonts(pdf));
            header(pages, document);
            title(pages, document);
            for (Block block : document.body()) {
                block(pages, block);
            }
            closing(pages, document);
            pages.numberPages();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(Wording.text(document.documentType()) + " " + Wording.title(document.title()));
            info.setAuthor(Wording.text(document.issuingBody()));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(PdfPages pages, OfficialDocument d) {
        float leftWidth = pages.width * PageLayout.LEFT_COLUMN_SHARE;
        float rightWidth = pages.width - leftWidth;
        List<Line> left = new ArrayList<>();
        if (!Wording.blank(d.bodyAbove())) {
            left.add(Line.of(Wording.upper(d.bodyAbove()), Style.REGULAR, PageLayout.HEADER_PT));
        }
        left.add(Line.of(Wording.upper(d.issuingBody()), Style.BOLD, PageLayout.HEADER_PT).ruled(0.4f));
        List<Line> right = List.of(
                Line.of(Wording.NATIONAL_NAME, Style.BOLD, PageLayout.NATIONAL_NAME_PT),
                Line.of(Wording.MOTTO, Style.BOLD, PageLayout.HEADER_PT + 1).ruled(1f));
        float from = pages.y();
        float used = Math.max(pages.column(left, pages.left, leftWidth, from),
                pages.column(right, pages.left + leftWidth, rightWidth, from));
        float row = from - used - 6;
        pages.column(List.of(Line.of(Wording.number(d.number()), Style.REGULAR, PageLayout.HEADER_PT)), pages.left,
                leftWidth, row);
        pages.column(List.of(Line.of(Wording.placeAndDate(d.place(), d.date()), Style.ITALIC, PageLayout.BODY_PT)),
                pages.left + leftWidth, rightWidth, row);
        pages.down(PdfPages.leading(PageLayout.BODY_PT));
    }

    private static void title(PdfPages pages, OfficialDocument d) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Wording.upper(d.documentType()), Style.BOLD, PageLayout.BODY_PT).before(18));
        lines.add(Line.of(Wording.title(d.title()), Style.BOLD, PageLayout.BODY_PT).ruled(0.35f));
        pages.down(pages.column(lines, pages.left + pages.width * 0.08f, pages.width * 0.84f, pages.y()) + 12);
    }

    private static void block(PdfPages pages, Block block) {
        float indent = PageLayout.points(PageLayout.INDENT_MM);
        if (block instanceof Block.Heading heading) {
            pages.ensure(PdfPages.leading(PageLayout.BODY_PT) * 3);
            pages.paragraph(heading.text(), Style.BOLD, PageLayout.BODY_PT, Align.JUSTIFY, indent);
            pages.down(PageLayout.PARAGRAPH_AFTER_PT);
        } else if (block instanceof Block.Paragraph paragraph) {
            for (String text : Wording.text(paragraph.text()).split("\n")) {
                pages.paragraph(text, Style.of(paragraph.bold(), paragraph.italic()), PageLayout.BODY_PT,
                        Align.JUSTIFY, indent);
                pages.down(PageLayout.PARAGRAPH_AFTER_PT);
            }
        } else if (block instanceof Block.Table table) {
            pages.table(table, PageLayout.TABLE_PT);
            pages.down(PageLayout.PARAGRAPH_AFTER_PT * 2);
        }
    }

    private static void closing(PdfPages pages, OfficialDocument d) {
        float leftWidth = pages.width * PageLayout.LEFT_COLUMN_SHARE;
        float rightWidth = pages.width - leftWidth;
        List<Line> left = new ArrayList<>();
        left.add(Line.of(Wording.RECIPIENTS, Style.BOLD_ITALIC, PageLayout.RECIPIENTS_TITLE_PT).aligned(Align.LEFT));
        List<String> recipients = d.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            String end = i == recipients.size() - 1 ? "." : ";";
            left.add(Line.of("- " + Wording.text(recipients.get(i)).strip() + end, Style.REGULAR,
                    PageLayout.RECIPIENTS_PT).aligned(Align.LEFT));
        }
        List<Line> right = new ArrayList<>();
        Signature s = d.signature();
        if (!Wording.blank(s.capacity())) {
            right.add(Line.of(Wording.upper(s.capacity()), Style.BOLD, PageLayout.BODY_PT));
        }
        right.add(Line.of(Wording.upper(s.position()), Style.BOLD, PageLayout.BODY_PT));
        // room for the handwritten signature and the seal
        right.add(Line.of(Wording.text(s.fullName()), Style.BOLD, PageLayout.BODY_PT).before(PageLayout.points(28)));
        float height = Math.max(pages.height(left, leftWidth), pages.height(right, rightWidth)) + 12;
        pages.ensure(height);
        pages.down(12);
        float from = pages.y();
        float used = Math.max(pages.column(left, pages.left, leftWidth, from),
                pages.column(right, pages.left + leftWidth, rightWidth, from));
        pages.down(used);
    }
}
