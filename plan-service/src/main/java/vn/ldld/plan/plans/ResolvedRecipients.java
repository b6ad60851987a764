package vn.ldld.plan.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * The units a plan addresses at one published version, resolved from its listed units and its rules against the
 * units directory: the snapshot that decides who must report. Each unit once, listed units first in the order
 * written, then the units of each rule.
 *
 * @param recipients every recipient, with its role
 */
public record ResolvedRecipients(List<Recipient> recipients) {

    /** Recipients per chunk: a chunk event of 500 recipients stays near 100 KB. */
    public static final int CHUNK = 500;

    public ResolvedRecipients {
        recipients = List.copyOf(recipients);
    }

    /** How many units must report. */
    public int mustReport() {
        return (int) recipients.stream().filter(r -> r.role() == RecipientRole.MUST_REPORT).count();
    }

    /** How many units are informed only. */
    public int forInformation() {
        return recipients.size() - mustReport();
    }

    /** The recipients in chunks of at most {@value #CHUNK}, in order; none when there are no recipients. */
    public List<List<Recipient>> chunks() {
        List<List<Recipient>> chunks = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i += CHUNK) {
            chunks.add(recipients.subList(i, Math.min(recipients.size(), i + CHUNK)));
        }
        return chunks;
    }
}
