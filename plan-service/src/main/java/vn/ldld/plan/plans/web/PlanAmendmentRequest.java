package vn.ldld.plan.plans.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ldld.plan.plans.PlanContent;

/**
 * Body of an amendment: the whole new content of the plan and why.
 *
 * @param reason why the plan is amended, e.g. "Gia hạn thời hạn gửi báo cáo đợt I/2023 đến hết ngày 28/7/2023"
 * @param plan the plan's content at the new version
 */
public record PlanAmendmentRequest(@NotBlank @Size(max = 2000) String reason, @NotNull @Valid PlanContent plan) {
}
