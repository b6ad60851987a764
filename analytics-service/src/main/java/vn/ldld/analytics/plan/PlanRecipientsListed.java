package vn.ldld.analytics.plan;

import java.util.List;

/**
 * {@code vn.ldld.plan.recipients-listed.v1}: chunk {@code chunk} of {@code chunks} of the recipients of plan version
 * {@code version}; every version lists its whole set again.
 *
 * @param planId plan id
 * @param version the plan version these recipients are of
 * @param chunk from 1
 * @param chunks how many chunks list the version's recipients
 * @param recipients at most 500 recipients
 */
public record PlanRecipientsListed(String planId, int version, int chunk, int chunks, List<Recipient> recipients) {

    /** Whether this is the version's last chunk: after it, who is not listed is no longer a recipient. */
    public boolean last() {
        return chunk == chunks;
    }
}
