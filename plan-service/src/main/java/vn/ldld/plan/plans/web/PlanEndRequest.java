package vn.ldld.plan.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of the close and cancel requests.
 *
 * @param reason why the plan ends, e.g. "Kết thúc đợt I/2023; đã tổng hợp báo cáo gửi Bộ Chỉ huy Quân sự tỉnh."
 */
public record PlanEndRequest(@NotBlank @Size(max = 2000) String reason) {
}
