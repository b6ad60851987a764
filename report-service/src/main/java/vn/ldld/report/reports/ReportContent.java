package vn.ldld.report.reports;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A report's content as a unit sent it, before {@link TemplateCheck} checks it against the plan's template, and the
 * bounds it must keep.
 *
 * @param values indicator values by indicator code
 * @param narrative section texts by section code; null for none
 */
public record ReportContent(Map<String, JsonNode> values, Map<String, String> narrative) {

    /** Longest section accepted when the template sets no limit, and the ceiling of any limit it sets. */
    public static final int MAX_SECTION_LENGTH = 20_000;
    /** Longest text value of an indicator. */
    public static final int MAX_TEXT_VALUE_LENGTH = 2_000;
    /**
     * Largest count a report may give (a billion: more people than the country has), so that a typing slip or a
     * hostile {@code 1e18} never reaches the totals.
     */
    public static final long MAX_COUNT = 1_000_000_000L;
    /**
     * Largest amount in VND (10^15, a million billion đồng): every amount up to it is exact in any JSON reader,
     * JavaScript's included (2^53 is about 9 × 10^15).
     */
    public static final long MAX_MONEY_VND = 1_000_000_000_000_000L;
    /** What the API documentation says of the values. */
    public static final String VALUES_DESCRIPTION = "Indicator values by indicator code, each of its indicator's "
            + "type: COUNT a whole number from 0 to " + MAX_COUNT + "; MONEY_VND a whole number of đồng from 0 to "
            + MAX_MONEY_VND + "; DECIMAL a number from 0 (not so large or so close to 0 that it could not be stored "
            + "as sent); TEXT at most " + MAX_TEXT_VALUE_LENGTH + " characters of valid Unicode without NUL.";
}
