package vn.ldld.analytics.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.analytics.store.Sequenced;

/**
 * What analytics knows of one plan: the content of its highest version seen, and its end. Merging is
 * order-independent: an older version arriving late never replaces a newer one, and a close or cancel is kept
 * whatever arrives after it.
 *
 * @param planId plan id (document id)
 * @param seq write sequence
 * @param content content of the highest version seen, or {@code null} when none has arrived yet
 * @param publishedAt when the plan was first published, or {@code null}
 * @param amendedAt when the version in {@code content} took effect by amendment, or {@code null}
 * @param closedAt when the plan was closed, or {@code null}
 * @param cancelledAt when the plan was cancelled, or {@code null}
 * @param number number and symbol, from whichever event told it
 * @param deadlines the deadline of each phase in every version seen, older or newer than {@code content}: what the
 *                  reports are judged against ({@link #laterDeadline})
 */
@Document("plans")
public record PlanView(@Id String planId, long seq, PlanContent content, Instant publishedAt, Instant amendedAt,
                       Instant closedAt, Instant cancelledAt, String number,
                       List<PhaseDeadline> deadlines) implements Sequenced<PlanView> {

    public PlanView {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    @Override
    public PlanView withSeq(long seq) {
        return new PlanView(planId, seq, content, publishedAt, amendedAt, closedAt, cancelledAt, number, deadlines);
    }

    /** The version of {@code content}, 0 when unknown. */
    public int version() {
        return content == null ? 0 : content.version();
    }

    /** Status: cancelled wins over closed, which wins over published. */
    public PlanStatus status() {
        if (cancelledAt != null) {
            return PlanStatus.CANCELLED;
        }
        if (closedAt != null) {
            return PlanStatus.CLOSED;
        }
        return content == null ? PlanStatus.UNKNOWN : PlanStatus.PUBLISHED;
    }

    /** This view with {@code listed} as the recipients of its content. */
    PlanView withRecipients(java.util.List<Recipient> listed) {
        return new PlanView(planId, seq, content.withRecipients(listed), publishedAt, amendedAt, closedAt,
                cancelledAt, number, deadlines);
    }

    static PlanView empty(String planId) {
        return new PlanView(planId, 0, null, null, null, null, null, null, List.of());
    }

    PlanView published(PlanPublished event) {
        PlanView view = withContent(event.plan(), amendedAt);
        return new PlanView(planId, seq, view.content, earliest(publishedAt, event.publishedAt()), view.amendedAt,
                closedAt, cancelledAt, view.number, withDeadlinesOf(event.plan()));
    }

    PlanView amended(PlanAmended event) {
        PlanView view = event.plan().version() > version() ? withContent(event.plan(), event.amendedAt()) : this;
        return new PlanView(planId, seq, view.content, publishedAt, view.amendedAt, closedAt, cancelledAt,
                view.number, withDeadlinesOf(event.plan()));
    }

    /**
     * The latest deadline that a version after {@code afterVersion} set for {@code phase} (of equal deadlines, the
     * one of the first version): the later deadline a report received under {@code afterVersion} may be judged
     * against when it extends the first one. Empty when no later version is known.
     */
    public Optional<PhaseDeadline> laterDeadline(int phase, long afterVersion) {
        return deadlines.stream().filter(d -> d.phase() == phase && d.version() > afterVersion && d.deadline() != null)
                .max(Comparator.comparing(PhaseDeadline::deadline)
                        .thenComparing(PhaseDeadline::version, Comparator.reverseOrder()));
    }

    private List<PhaseDeadline> withDeadlinesOf(PlanContent version) {
        List<PhaseDeadline> all = new ArrayList<>(deadlines);
        for (Phase phase : version.phases()) {
            PhaseDeadline set = new PhaseDeadline(phase.number(), version.version(), phase.reportDeadline());
            if (all.stream().noneMatch(d -> d.phase() == set.phase() && d.version() == set.version())) {
                all.add(set);
            }
        }
        all.sort(Comparator.comparingInt(PhaseDeadline::phase).thenComparingInt(PhaseDeadline::version));
        return all;
    }

    PlanView closed(PlanClosed event) {
        return new PlanView(planId, seq, content, publishedAt, amendedAt, earliest(closedAt, event.closedAt()),
                cancelledAt, number != null ? number : event.number(), deadlines);
    }

    PlanView cancelled(PlanCancelled event) {
        return new PlanView(planId, seq, content, publishedAt, amendedAt, closedAt,
                earliest(cancelledAt, event.cancelledAt()), number != null ? number : event.number(), deadlines);
    }

    private PlanView withContent(PlanContent newer, Instant newerAmendedAt) {
        if (newer.version() <= version()) {
            return this;
        }
        return new PlanView(planId, seq, newer, publishedAt, newerAmendedAt, closedAt, cancelledAt, newer.number(),
                deadlines);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
