package vn.ldld.plan.plans;

/**
 * Who reviews (accepts or returns) each unit's report of a plan. In the trade-union hierarchy a district federation
 * consolidates and checks the reports of the grassroots unions under it before the province consolidates the
 * district's.
 */
public enum ReviewLevel {
    /** The issuing province federation reviews every report (the default). */
    PROVINCE,
    /**
     * The unit's parent unit reviews it (a district federation its grassroots unions); a unit whose parent is the
     * issuer, or that has no parent, is reviewed by the province.
     */
    PARENT
}
