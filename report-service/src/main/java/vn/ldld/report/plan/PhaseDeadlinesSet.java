package vn.ldld.report.plan;

import java.util.List;

/**
 * A plan version set these phase deadlines (published or amended), told inside the service whatever the order the
 * versions arrive in, so that reports received before it can be judged again (an extension, gia hạn).
 *
 * @param planId the plan
 * @param version the plan version that set them
 * @param phases each phase with the deadline that version set
 */
public record PhaseDeadlinesSet(String planId, long version, List<PhaseView> phases) {
}
