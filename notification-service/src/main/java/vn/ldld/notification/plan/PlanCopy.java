package vn.ldld.notification.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.ldld.notification.plan.PlanEvents.Phase;
import vn.ldld.notification.plan.PlanEvents.Recipient;
import vn.ldld.notification.schedule.PlanRef;

/**
 * notification-service's copy of a plan, built from the plan events: a document of {@code plans}.
 *
 * @param status OPEN, CLOSED or CANCELLED
 * @param issuer the issuing unit, usually the parent that receives escalations
 * @param issuedOn date of issue; null in a copy kept before it was
 * @param reviewBy who reviews each unit's report: {@code PARENT} (the unit's parent unit, told of each submission),
 *                 or {@code PROVINCE}; null in a copy kept before it was (the province)
 * @param recipientsListed whether the recipients are kept apart, one document per unit ({@link PlanRecipients}), as
 *                         the v2 plan events send them; {@code recipients} then holds at most the units a read asked for
 * @param amendment for a version listed apart that amends the plan: the details of its {@code PLAN_AMENDED} notice
 *                  (reason, changes), told to each unit as its chunk arrives; null otherwise
 * @param remindersKept for a version listed apart that amends the plan: whether its deadlines give the reminders
 *                      of the version before at the same times, so the units that had them keep them as they are
 */
@Document("plans")
public record PlanCopy(@Id String planId, int version, String number, String title, String timeZone, String status,
                       PlanEvents.UnitRef issuer, List<Phase> phases, List<Recipient> recipients,
                       LocalDate issuedOn, String reviewBy, boolean recipientsListed, Map<String, String> amendment,
                       boolean remindersKept) {

    @PersistenceCreator
    public PlanCopy {
    }

    /** A copy of a plan known from v1 events, its recipients inside. */
    public PlanCopy(String planId, int version, String number, String title, String timeZone, String status,
                    PlanEvents.UnitRef issuer, List<Phase> phases, List<Recipient> recipients, LocalDate issuedOn,
                    String reviewBy) {
        this(planId, version, number, title, timeZone, status, issuer, phases, recipients, issuedOn, reviewBy, false,
                null, false);
    }

    static PlanCopy of(PlanEvents.PlanSnapshot plan) {
        return new PlanCopy(plan.planId(), plan.version(), plan.number(), plan.title(), plan.timeZone(), "OPEN",
                plan.issuer(), List.copyOf(plan.phases()), List.copyOf(plan.recipients()), plan.issuedOn(),
                plan.reviewBy());
    }

    /** A copy of a plan version whose recipients follow in chunks. */
    static PlanCopy listed(PlanEvents.PlanSnapshot plan) {
        return new PlanCopy(plan.planId(), plan.version(), plan.number(), plan.title(), plan.timeZone(), "OPEN",
                plan.issuer(), List.copyOf(plan.phases()), List.of(), plan.issuedOn(), plan.reviewBy(), true, null,
                false);
    }

    /** This copy of an amending version; {@code amendment} and {@code remindersKept} as above. */
    PlanCopy amending(Map<String, String> details, boolean kept) {
        return new PlanCopy(planId, version, number, title, timeZone, status, issuer, phases, recipients, issuedOn,
                reviewBy, recipientsListed, details, kept);
    }

    /** This copy with {@code listed} as its recipients. */
    PlanCopy withRecipients(List<Recipient> listed) {
        return new PlanCopy(planId, version, number, title, timeZone, status, issuer, phases, listed, issuedOn,
                reviewBy, recipientsListed, amendment, remindersKept);
    }

    /** What notifications repeat about the plan. */
    public PlanRef ref() {
        return new PlanRef(planId, number, title, timeZone, issuedOn);
    }

    /**
     * The unit whose staff review the report of {@code unit} when the plan is reviewed by the parent: its parent, unless
     * that is the issuer (the province reviews it); empty when the province reviews.
     */
    public Optional<String> parentReviewerOf(String unitCode, String parentCode) {
        if (!"PARENT".equals(reviewBy) || parentCode == null || parentCode.equals(unitCode)
                || issuer != null && parentCode.equals(issuer.code())) {
            return Optional.empty();
        }
        return Optional.of(parentCode);
    }

    PlanCopy withStatus(String newStatus) {
        return new PlanCopy(planId, version, number, title, timeZone, newStatus, issuer, phases, recipients,
                issuedOn, reviewBy, recipientsListed, amendment, remindersKept);
    }
}
