package vn.ldld.plan.plans;

/**
 * Number and symbol of an issued plan (số, ký hiệu): {@code <sequence>/KH-<issuer symbol>}, e.g. {@code 15/KH-LĐLĐ}.
 *
 * @param sequence sequence of the plan among the issuer's plans of the year, from 1
 * @param year calendar year of publication, in the plan's zone
 * @param text the number as printed
 */
public record PlanNumber(int sequence, int year, String text) {

    /** Document type code of a plan (Kế hoạch) in Vietnamese administrative numbering. */
    public static final String PLAN_CODE = "KH";

    /** The number of the {@code sequence}-th plan of {@code year} of an issuer with symbol {@code symbol}. */
    public static PlanNumber of(int sequence, int year, String symbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1: " + sequence);
        }
        return new PlanNumber(sequence, year, sequence + "/" + PLAN_CODE + "-" + symbol);
    }
}
