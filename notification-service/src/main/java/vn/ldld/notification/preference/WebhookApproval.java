package vn.ldld.notification.preference;

import java.time.Instant;

/**
 * Province staff's approval of a unit's webhook: for this exact URL only. A unit that sets another URL waits for a new
 * approval; nothing is posted to a URL before it is approved.
 *
 * @param url the URL approved
 * @param approvedBy the staff account that approved it
 * @param approvedAt when
 */
public record WebhookApproval(String url, String approvedBy, Instant approvedAt) {
}
