package vn.ldld.plan.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.ldld.messaging.outbox.OutboxEvent;
import vn.ldld.plan.units.Unit;
import vn.ldld.plan.units.UnitDirectory;
import vn.ldld.web.security.ForbiddenException;

/**
 * The use cases of plans: create and edit drafts, publish them. Each write checks the version the caller read
 * ({@code expectedVersion}, null to skip the check) and never overwrites a concurrent write silently.
 */
@Service
public class PlanService {

    /** A page of plans and how many match in all. */
    public record Page(List<Plan> plans, long total) {
    }

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanStore store;
    private final PlanSequences sequences;
    private final PlanUnits units;
    private final PlanEvents events;
    private final PlanRecipientStore recipients;
    private final ImplementingPlans implementing;
    private final UnitDirectory directory;
    private final Clock clock;

    public PlanService(PlanStore store, PlanSequences sequences, PlanUnits units, PlanEvents events,
                       PlanRecipientStore recipients, ImplementingPlans implementing, UnitDirectory directory,
                       Clock clock) {
        this.store = store;
        this.sequences = sequences;
        this.units = units;
        this.events = events;
        this.recipients = recipients;
        this.implementing = implementing;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Creates a draft, its units filled from the units directory.
     *
     * @throws PlanRuleViolationException when the content is inconsistent or names unknown or inactive units
     */
    public Plan create(PlanContent content) {
        return create(content, PlanAuthor.province());
    }

    /**
     * Creates a draft written by {@code author}.
     *
     * @throws vn.ldld.web.security.ForbiddenException when a unit's staff names another issuer
     * @throws PlanRuleViolationException when the content is inconsistent, names unknown or inactive units, or is
     *         not an implementing plan although a unit's staff writes it
     */
    public Plan create(PlanContent content, PlanAuthor author) {
        author.requireMayWrite(content);
        return create(UUID.randomUUID().toString(), content);
    }

    /**
     * The content of a new implementing plan of the published plan {@code parentId} for the unit {@code unitCode}
     * (a district federation's Kế hoạch triển khai): issued by the unit, titled "triển khai " and the plan's title,
     * based first on the plan itself and then on its own legal basis, with its texts, tasks, phases and report
     * template, addressed by one rule to the units directly below the unit (who must report) and reviewed by the
     * unit ({@code reviewBy: PARENT}); no place, date of issue or signer yet.
     *
     * @param unitCode the implementing unit: the author's own unit for a unit's staff; required for province staff
     * @throws PlanNotFoundException when there is no such plan or the author cannot read it
     * @throws PlanStatusConflictException when the plan is not published
     * @throws PlanRuleViolationException naming {@code unitCode} when province staff name no unit, or a unit that
     *         need not report on the plan
     * @throws vn.ldld.web.security.ForbiddenException when a unit's staff implement a plan their unit need not
     *         report on
     */
    public PlanContent implementation(String parentId, String unitCode, PlanAuthor author) {
        Plan parent = get(parentId, author.scope());
        String unit = author.isUnit() ? author.unitCode() : unitCode;
        if (unit == null || unit.isBlank()) {
            throw new PlanRuleViolationException("The implementing plan needs its unit", List.of(new Violation(
                    "unitCode", "name the unit whose implementing plan this is")));
        }
        parent.requireStatus("implement", PlanStatus.PUBLISHED);
        if (implementing.role(parent, unit).orElse(null) != RecipientRole.MUST_REPORT) {
            if (author.isUnit()) {
                throw new ForbiddenException("Only a unit that must report on a plan issues an implementing plan of "
                        + "it.");
            }
            throw new PlanRuleViolationException("The implementing plan cannot be made", List.of(new Violation(
                    "unitCode", "unit " + unit + " is not a unit that must report on plan " + parent.number())));
        }
        PlanContent of = parent.content();
        Unit issuing = directory.find(List.of(unit)).get(unit);
        Issuer issuer = issuing == null ? new Issuer(unit, null, null, null, null, of.issuer().documentSymbol())
                : new Issuer(issuing.code(), issuing.name(), issuing.shortName(), issuing.kind(),
                issuing.parentCode(), of.issuer().documentSymbol());
        List<LegalBasis> basis = new ArrayList<>();
        basis.add(new LegalBasis("Kế hoạch số " + parent.number(), of.issuedOn(), of.issuer().name(), of.title()));
        basis.addAll(of.legalBasis());
        return new PlanContent(issuer, PlanContent.DEFAULT_DOCUMENT_TYPE, "triển khai " + of.title(), null, null,
                of.timeZone(), basis, of.purpose(), of.requirements(), of.sections(), of.tasks(), of.phases(),
                of.template(), List.of(), null,
                List.of(new RecipientRule(unit, List.of(), RecipientRule.Depth.CHILDREN, RecipientRole.MUST_REPORT)),
                List.of(), List.of(), ReviewLevel.PARENT, parent.id());
    }

    /**
     * Creates the draft of an implementing plan of the published plan {@code parentId}, as
     * {@link #implementation(String, String, PlanAuthor)} makes it.
     */
    public Plan implement(String parentId, String unitCode, PlanAuthor author) {
        return create(UUID.randomUUID().toString(), implementation(parentId, unitCode, author));
    }

    /**
     * Creates a draft with a chosen id, e.g. a name-based UUID for data that must exist once only.
     *
     * @throws PlanRuleViolationException when the content is inconsistent or names unknown or inactive units
     * @throws org.springframework.dao.DuplicateKeyException when a plan with this id exists
     */
    public Plan create(String id, PlanContent content) {
        Plan plan = Plan.draft(id, checkedDraft(content), now());
        store.insert(plan);
        log.atInfo().setMessage("Plan drafted").addKeyValue("planId", plan.id()).log();
        return plan;
    }

    /**
     * Copies a plan, in any status, into a new draft for the next phase or year: the same content (template,
     * recipients, sections, texts, signer) with its units as the directory has them now, without a number, a date
     * of issue or phases (see {@link PlanContent#forNextPlan()}). Units since removed from the directory or made
     * inactive are kept as they were: editing or publishing the draft names them.
     *
     * @throws PlanNotFoundException when there is no such plan
     */
    public Plan copy(String id) {
        return copy(id, PlanAuthor.province());
    }

    /**
     * Copies a plan as {@link #copy(String)}, for {@code author}.
     *
     * @throws PlanNotFoundException when there is no such plan or the author cannot read it
     * @throws vn.ldld.web.security.ForbiddenException when a unit's staff copy a plan that is not their unit's
     *         implementing plan
     */
    public Plan copy(String id, PlanAuthor author) {
        Plan source = get(id, author.scope());
        author.requireMayWrite(source);
        Plan copy = Plan.draft(UUID.randomUUID().toString(), units.resolve(source.content()).content().forNextPlan(),
                now());
        store.insert(copy);
        log.atInfo().setMessage("Plan copied into a draft").addKeyValue("planId", copy.id())
                .addKeyValue("copiedFrom", id).log();
        return copy;
    }

    /**
     * The plan with this id.
     *
     * @throws PlanNotFoundException when there is none
     */
    public Plan get(String id) {
        return store.find(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    /**
     * The plan with this id, if {@code scope} includes it.
     *
     * @throws PlanNotFoundException when there is none or the scope excludes it (the same answer: a reader learns
     *         nothing of the plans it may not see)
     */
    public Plan get(String id, PlanScope scope) {
        Plan plan = get(id);
        if (!scope.includes(plan) && !(scope.restricted() && plan.wasPublished()
                && recipients.addresses(id, plan.publishedVersion(), scope.recipientCode()))) {
            throw new PlanNotFoundException(id);
        }
        return plan;
    }

    /** A page of a plan's recipients and how many it has in all. */
    public record RecipientPage(List<Recipient> recipients, long total) {
    }

    /**
     * One page of the units a plan addresses: for a published plan its resolved set at its current version (the
     * snapshot that decides who must report), for a draft what its rules and listed units resolve to now against the
     * units directory.
     *
     * @throws PlanNotFoundException when there is no such plan or the scope excludes it
     */
    public RecipientPage recipients(String id, PlanScope scope, int page, int size) {
        return recipients(id, scope, null, page, size);
    }

    /**
     * One page of the units a plan addresses, as {@link #recipients(String, PlanScope, int, int)}, or only the unit
     * {@code unitCode} when it is given (an empty page when the plan does not address it).
     */
    public RecipientPage recipients(String id, PlanScope scope, String unitCode, int page, int size) {
        Plan plan = get(id, scope);
        int from = page * size;
        if (unitCode != null) {
            Optional<Recipient> found = plan.wasPublished() && recipients.has(id, plan.publishedVersion())
                    ? recipients.find(id, plan.publishedVersion(), unitCode)
                    : all(plan).stream().filter(r -> r.unit().code().equals(unitCode)).findFirst();
            List<Recipient> one = found.map(List::of).orElse(List.of());
            return new RecipientPage(from == 0 ? one : List.of(), one.size());
        }
        if (plan.wasPublished() && recipients.has(id, plan.publishedVersion())) {
            return new RecipientPage(recipients.slice(id, plan.publishedVersion(), from, size),
                    recipients.total(id, plan.publishedVersion()));
        }
        List<Recipient> all = all(plan);
        return new RecipientPage(from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + size)),
                all.size());
    }

    /** The recipients of a plan without stored ones: a draft's resolved now, or a plan published before rules. */
    private List<Recipient> all(Plan plan) {
        return plan.wasPublished() && !plan.content().hasRules()
                ? plan.content().recipients()
                : units.recipients(units.resolve(plan.content()).content()).resolved().recipients();
    }

    /** One page of the plans matching {@code filter}, newest first, and how many match in all. */
    public Page list(PlanFilter filter, int page, int size) {
        return new Page(store.page(filter, page, size), store.count(filter));
    }

    /**
     * Replaces the content of a draft.
     *
     * @throws PlanNotFoundException when there is no such plan
     * @throws PlanStatusConflictException when it is not a draft
     * @throws PlanVersionMismatchException when it is not at {@code expectedVersion}
     * @throws PlanRuleViolationException when the new content is inconsistent
     */
    public Plan edit(String id, Long expectedVersion, PlanContent content) {
        return edit(id, expectedVersion, content, PlanAuthor.province());
    }

    /** Replaces the content of a draft as {@link #edit(String, Long, PlanContent)}, written by {@code author}. */
    public Plan edit(String id, Long expectedVersion, PlanContent content, PlanAuthor author) {
        Plan current = current(id, expectedVersion, author, "edit", PlanStatus.DRAFT);
        author.requireMayWrite(content);
        Plan edited = current.edit(checkedDraft(content), now());
        write(edited, current.version(), List.of(), "edit", PlanStatus.DRAFT);
        return edited;
    }

    /**
     * Publishes a draft: checks it can be issued (its units still active, refreshed from the directory), resolves
     * its recipients (listed units and rules, active units only, at most {@value Limits#MUST_REPORT} that must
     * report), gives it the next number of its issuer for the year of issue and stores it together with its
     * {@code PlanPublished} event and the chunks listing its recipients; then stores the resolved recipients (see
     * {@link PlanRecipientStore}). The year of issue is that of {@code issuedOn}, or of the day of publication in the plan's zone.
     *
     * @param publishedBy login of the publisher, or null when unknown
     * @throws PlanNotFoundException when there is no such plan
     * @throws PlanStatusConflictException when it is not a draft (e.g. already published)
     * @throws PlanVersionMismatchException when it is not at {@code expectedVersion}
     * @throws PlanRuleViolationException when it cannot be issued as it is
     */
    public Plan publish(String id, Long expectedVersion, String publishedBy) {
        return publish(id, expectedVersion, null, publishedBy);
    }

    /**
     * Publishes a draft, signed by {@code signer} when one is given (the person who signs the issued document, whose
     * name is often known only on the day of issue); otherwise by the signer the draft names.
     */
    public Plan publish(String id, Long expectedVersion, Signer signer, String publishedBy) {
        return publish(id, expectedVersion, signer, publishedBy, PlanAuthor.province());
    }

    /** Publishes a draft as {@link #publish(String, Long, Signer, String)}, for {@code author}. */
    public Plan publish(String id, Long expectedVersion, Signer signer, String publishedBy, PlanAuthor author) {
        Plan current = current(id, expectedVersion, author, "publish", PlanStatus.DRAFT);
        PlanContent draft = signer == null ? current.content() : current.content().withSigner(signer);
        PlanUnits.Resolution resolved = units.resolve(draft);
        List<Violation> violations = new ArrayList<>(PlanRules.publishability(resolved.content()));
        violations.addAll(resolved.violations());
        violations.addAll(implementing.ofPublication(resolved.content()));
        PlanUnits.Recipients addressed = units.recipients(resolved.content());
        violations.addAll(addressed.violations());
        requireNoViolations("The plan cannot be published", violations);
        Instant now = now();
        PlanContent content = resolved.content();
        int year = content.issuedOn() != null ? content.issuedOn().getYear() : now.atZone(current.zone()).getYear();
        Issuer issuer = content.issuer();
        PlanNumber number = PlanNumber.of(sequences.next(issuer.code(), year), year, issuer.documentSymbol());
        Plan published = current.withContent(content).publish(number, now, publishedBy);
        write(published, current.version(), events.published(published, addressed.resolved()), "publish",
                PlanStatus.DRAFT);
        recipients.replace(id, published.publishedVersion(), addressed.resolved());
        return published;
    }

    /**
     * Closes a published plan and announces it with {@code PlanClosed}.
     *
     * @param closedBy login of the user, or null when unknown
     * @throws PlanNotFoundException when there is no such plan
     * @throws PlanStatusConflictException when it is not published
     * @throws PlanVersionMismatchException when it is not at {@code expectedVersion}
     */
    public Plan close(String id, Long expectedVersion, String reason, String closedBy) {
        return close(id, expectedVersion, reason, closedBy, PlanAuthor.province());
    }

    /** Closes a published plan as {@link #close(String, Long, String, String)}, for {@code author}. */
    public Plan close(String id, Long expectedVersion, String reason, String closedBy, PlanAuthor author) {
        Plan current = current(id, expectedVersion, author, "close", PlanStatus.PUBLISHED);
        Plan closed = current.close(reason, now(), closedBy);
        OutboxEvent event = events.closed(closed);
        write(closed, current.version(), List.of(event), "close", PlanStatus.PUBLISHED);
        return closed;
    }

    /**
     * Cancels a draft (silently: nobody knew of it) or a published plan (announced with {@code PlanCancelled}).
     *
     * @param cancelledBy login of the user, or null when unknown
     * @throws PlanNotFoundException when there is no such plan
     * @throws PlanStatusConflictException when it is already closed or cancelled
     * @throws PlanVersionMismatchException when it is not at {@code expectedVersion}
     */
    public Plan cancel(String id, Long expectedVersion, String reason, String cancelledBy) {
        return cancel(id, expectedVersion, reason, cancelledBy, PlanAuthor.province());
    }

    /** Cancels a plan as {@link #cancel(String, Long, String, String)}, for {@code author}. */
    public Plan cancel(String id, Long expectedVersion, String reason, String cancelledBy, PlanAuthor author) {
        PlanStatus[] cancellable = {PlanStatus.DRAFT, PlanStatus.PUBLISHED};
        Plan current = current(id, expectedVersion, author, "cancel", cancellable);
        Plan cancelled = current.cancel(reason, now(), cancelledBy);
        List<OutboxEvent> announced = cancelled.wasPublished()
                ? List.of(events.cancelled(cancelled))
                : List.of();
        write(cancelled, current.version(), announced, "cancel", cancellable);
        return cancelled;
    }

    /**
     * Amends a published plan: its next version, with the changes found between the two contents, announced with
     * {@code PlanAmended}.
     *
     * @param amendedBy login of the user, or null when unknown
     * @throws PlanNotFoundException when there is no such plan
     * @throws PlanStatusConflictException when it is not published
     * @throws PlanVersionMismatchException when it is not at {@code expectedVersion}
     * @throws PlanRuleViolationException when the new content cannot be published, names unknown or inactive
     *         units, changes what cannot be amended or changes nothing (fields named as in the request:
     *         {@code plan.phases[0].endDate})
     */
    public Plan amend(String id, Long expectedVersion, String reason, PlanContent content, String amendedBy) {
        return amend(id, expectedVersion, reason, content, amendedBy, PlanAuthor.province());
    }

    /** Amends a published plan as {@link #amend(String, Long, String, PlanContent, String)}, for {@code author}. */
    public Plan amend(String id, Long expectedVersion, String reason, PlanContent content, String amendedBy,
                      PlanAuthor author) {
        Plan current = current(id, expectedVersion, author, "amend", PlanStatus.PUBLISHED);
        author.requireMayWrite(content);
        PlanUnits.Resolution resolved = units.resolve(content);
        PlanContent after = resolved.content().withIssuedOn(current.content().issuedOn());
        List<Violation> violations = new ArrayList<>(PlanRules.publishability(after));
        violations.addAll(resolved.violations());
        PlanUnits.Recipients addressed = units.recipients(after);
        violations.addAll(addressed.violations());
        violations.addAll(PlanChanges.forbidden(current.content(), after));
        violations.addAll(implementing.ofAmendment(after));
        List<PlanChange> changes = PlanChanges.between(current.content(), after);
        if (violations.isEmpty() && changes.isEmpty()) {
            violations.add(new Violation("", "the amendment changes nothing"));
        }
        requireNoViolations("The plan cannot be amended this way", violations.stream()
                .map(v -> new Violation(v.field().isEmpty() ? "plan" : "plan." + v.field(), v.message())).toList());
        Plan amended = current.amend(after, reason, changes, now(), amendedBy);
        write(amended, current.version(), events.amended(amended, addressed.resolved()), "amend",
                PlanStatus.PUBLISHED);
        recipients.replace(id, amended.publishedVersion(), addressed.resolved());
        return amended;
    }

    /**
     * The plan as it was at published version {@code version}.
     *
     * @throws PlanNotFoundException when there is no such plan or version
     */
    public Plan getVersion(String id, int version) {
        return getVersion(id, version, PlanScope.all());
    }

    /**
     * The plan as it was at published version {@code version}, if {@code scope} includes the plan (as it is now).
     *
     * @throws PlanNotFoundException when there is no such plan or version, or the scope excludes the plan
     */
    public Plan getVersion(String id, int version, PlanScope scope) {
        return get(id, scope).atVersion(version)
                .orElseThrow(() -> new PlanNotFoundException(id, "Plan " + id + " has no published version " + version));
    }

    private Plan current(String id, Long expectedVersion, PlanAuthor author, String operation,
                         PlanStatus... allowed) {
        Plan current = get(id, author.scope());
        author.requireMayWrite(current);
        current.requireStatus(operation, allowed);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new PlanVersionMismatchException(id, current.version());
        }
        return current;
    }

    private void write(Plan plan, long expectedVersion, List<OutboxEvent> pending, String operation,
                       PlanStatus... allowed) {
        try {
            store.update(plan, expectedVersion, pending);
        } catch (OptimisticLockingFailureException e) {
            Plan now = get(plan.id());
            now.requireStatus(operation, allowed);
            throw new PlanVersionMismatchException(plan.id(), now.version());
        }
        log.atInfo().setMessage("Plan {}").addArgument(operation)
                .addKeyValue("planId", plan.id()).addKeyValue("status", plan.status())
                .addKeyValue("version", plan.version())
                .addKeyValue("eventIds", pending.stream().map(e -> e.metadata().id()).toList())
                .log();
    }

    /** The content with the directory's units, if it is consistent and its units exist and are active. */
    private PlanContent checkedDraft(PlanContent content) {
        PlanUnits.Resolution resolved = units.resolve(content);
        List<Violation> violations = new ArrayList<>(PlanRules.consistency(content));
        violations.addAll(resolved.violations());
        violations.addAll(implementing.ofDraft(resolved.content()));
        requireNoViolations("The plan is inconsistent", violations);
        return resolved.content();
    }

    private static void requireNoViolations(String message, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new PlanRuleViolationException(message, violations);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
