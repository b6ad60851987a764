package vn.ldld.plan.plans;

/** Size limits and formats of plan content, shared by the validation annotations. */
final class Limits {

    static final String UNIT_CODE = "^[A-Z0-9][A-Z0-9_-]{1,39}$";
    static final String ITEM_CODE = "^[A-Z][A-Z0-9_]{1,39}$";
    static final String TIME_ZONE = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$";
    static final int NAME = 300;
    static final int TITLE = 500;
    static final int LABEL = 500;
    static final int TEXT = 20_000;
    static final int SHORT = 200;
    static final int LIST = 50;
    static final int SECTIONS = 50;
    static final int TASKS = 100;
    static final int PHASES = 20;
    /** Units listed one by one (a rule addresses more); also the units one task may be assigned to. */
    static final int RECIPIENTS = 500;
    /** Recipient rules of one plan. */
    static final int RULES = 50;
    /** Units excluded from what the rules select. */
    static final int EXCLUSIONS = 2_000;
    /** Free-text lines of the "Nơi nhận" block. */
    static final int OTHER_RECIPIENTS = 50;
    /**
     * Must-report units of one plan, resolved from its rules and its listed units: a province's grassroots unions
     * (hundreds to thousands) fit with room to spare; the plan's events, its stored recipient set and the per-unit
     * work of the consumers stay bounded (see the README).
     */
    static final int MUST_REPORT = 20_000;
    static final int INDICATORS = 100;

    private Limits() {
    }
}
