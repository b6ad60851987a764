package vn.ldld.plan.plans.web;

import jakarta.validation.Valid;

import vn.ldld.plan.plans.Signer;

/**
 * Optional body of the publish request.
 *
 * @param signer who signs the plan as issued, e.g. {@code {"capacity": "TM. BAN THƯỜNG VỤ", "position": "PHÓ CHỦ
 *               TỊCH", "fullName": "Trần Thị Thu Hà"}}; replaces the draft's signer. Without it the draft's signer
 *               is kept. The name is often known only on the day of issue.
 */
public record PlanPublishRequest(@Valid Signer signer) {
}
