package vn.ldld.plan.plans.events;

import java.util.ArrayList;
import java.util.List;

import vn.ldld.plan.plans.Plan;
import vn.ldld.plan.plans.Recipient;
import vn.ldld.plan.plans.ResolvedRecipients;

/**
 * Event {@code vn.ldld.plan.recipients-listed.v1} on topic {@value #TOPIC}, keyed by the plan id, as
 * {@code contracts/schemas/plan-recipients-listed.v1.schema.json} describes it: one chunk of the resolved recipients
 * of one published version.
 *
 * @param planId the plan
 * @param version the published version these recipients are of
 * @param chunk number of this chunk, 1 to {@code chunks}
 * @param chunks how many chunks list the version
 * @param recipients up to {@value ResolvedRecipients#CHUNK} recipients
 */
public record PlanRecipientsListed(String planId, long version, int chunk, int chunks,
                                   List<PlanSnapshot.RecipientV1> recipients) {

    /** Topic of the plan events. */
    public static final String TOPIC = PlanPublished.TOPIC;
    /** CloudEvents type. */
    public static final String TYPE = "vn.ldld.plan.recipients-listed.v1";

    /** The chunks listing {@code recipients}, the resolved set of the current version of {@code plan}, in order. */
    public static List<PlanRecipientsListed> of(Plan plan, ResolvedRecipients recipients) {
        List<List<Recipient>> chunks = recipients.chunks();
        List<PlanRecipientsListed> events = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            events.add(new PlanRecipientsListed(plan.id(), plan.publishedVersion(), i + 1, chunks.size(),
                    chunks.get(i).stream().map(PlanSnapshot.RecipientV1::of).toList()));
        }
        return events;
    }
}
