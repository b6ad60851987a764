package vn.ldld.plan.units.web;

import java.util.List;

/**
 * One page of units, ordered by code.
 *
 * @param content the units of the page
 * @param page page number, from 0
 * @param size page size used (at most 100)
 * @param totalElements how many units match in all
 */
public record UnitPage(List<UnitResponse> content, int page, int size, long totalElements) {
}
