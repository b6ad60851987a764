package vn.ldld.plan.plans.web;

import java.util.List;

import vn.ldld.plan.plans.Recipient;

/**
 * One page of the units a plan addresses.
 *
 * @param content the recipients of the page, in order: listed units first, then those of each rule
 * @param page page number, from 0
 * @param size page size asked for (at most 500)
 * @param totalElements how many units the plan addresses in all
 */
public record RecipientPage(List<Recipient> content, int page, int size, long totalElements) {
}
