package vn.ldld.documents;

/**
 * The page of Decree 30/2020 (appendix I): A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm (the smaller of each here); body text 14 pt, header blocks 13 pt, the recipients block 12 and 11 pt.
 */
final class PageLayout {

    static final float WIDTH_MM = 210;
    static final float HEIGHT_MM = 297;
    static final float TOP_MM = 20;
    static final float BOTTOM_MM = 20;
    static final float LEFT_MM = 30;
    static final float RIGHT_MM = 15;
    /** First-line indent of body paragraphs. */
    static final float INDENT_MM = 10;

    static final float BODY_PT = 14;
    static final float HEADER_PT = 13;
    static final float NATIONAL_NAME_PT = 12.5f;
    static final float TABLE_PT = 12;
    static final float RECIPIENTS_TITLE_PT = 12;
    static final float RECIPIENTS_PT = 11;
    /** Space after a body paragraph. */
    static final float PARAGRAPH_AFTER_PT = 6;

    /** The left column of the header and closing blocks, as a share of the text width. */
    static final float LEFT_COLUMN_SHARE = 0.42f;

    private PageLayout() {
    }

    static float points(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    /** Twentieths of a point, the unit of Word's page settings. */
    static int twips(float millimetres) {
        return Math.round(millimetres * 1440f / 25.4f);
    }
}
