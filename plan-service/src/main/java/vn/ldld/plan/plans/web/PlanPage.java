package vn.ldld.plan.plans.web;

import java.util.List;

/**
 * One page of plans.
 *
 * @param content the plans of the page
 * @param page page number, from 0
 * @param size page size asked for (at most 100)
 * @param totalElements how many plans match in all
 */
public record PlanPage(List<PlanSummary> content, int page, int size, long totalElements) {
}
