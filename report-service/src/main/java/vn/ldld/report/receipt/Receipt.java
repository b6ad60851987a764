package vn.ldld.report.receipt;

/**
 * A receipt number given by a receiving unit.
 *
 * @param receivingUnitCode the unit that received the report (the plan's issuer)
 * @param year calendar year of the sequence, in the plan's zone
 * @param number the number in that year's sequence, from 1
 */
public record Receipt(String receivingUnitCode, int year, long number) {
}
