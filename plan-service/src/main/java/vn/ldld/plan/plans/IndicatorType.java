package vn.ldld.plan.plans;

/** Value type of an indicator (chỉ tiêu). */
public enum IndicatorType {
    /** Non-negative integer. */
    COUNT,
    /** Any number. */
    DECIMAL,
    /** Integer amount in Vietnamese đồng. */
    MONEY_VND,
    /** Free text. */
    TEXT
}
