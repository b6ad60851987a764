package vn.ldld.report.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * report-service's copy of a plan: what intake needs to judge a report. Built from the plan events only; a version
 * older than the stored one never overwrites it.
 *
 * @param planId plan id
 * @param version plan version the content comes from; 0 while only the end of the plan is known
 * @param status published, closed or cancelled
 * @param endedAt when the plan was closed or cancelled, null while published
 * @param issuer the issuing unit: it receives the reports and numbers them
 * @param timeZone the plan's zone, e.g. {@code Asia/Ho_Chi_Minh}
 * @param phases the phases with their deadlines in force
 * @param indicators the report template's indicators
 * @param sections the report template's narrative sections
 * @param mustReport the units that must report, by unit code (a read may hold only the units it asked for); for a
 *                   plan whose recipients are listed apart only what a read for one unit found
 * @param recipientsListed whether the recipients are kept apart, one document per unit ({@link PlanRecipients}),
 *                         as the v2 plan events send them; false for a plan known from v1 events only, whose
 *                         must-report units are in {@code mustReport}
 * @param number the plan's number and symbol (số, ký hiệu), e.g. {@code 1/KH-LĐLĐ}; null in views stored before it
 *               was kept
 * @param implementsPlanId the plan this one implements (a district's implementing plan of the province's plan);
 *                         null for a plan of its own, a plan of v1 events or of v2 events sent before it was added
 */
@Document("plan_views")
public record PlanView(@Id String planId, long version, PlanStatus status, Instant endedAt, UnitRef issuer,
                       String timeZone, List<PhaseView> phases, List<IndicatorDefinition> indicators,
                       List<SectionDefinition> sections, Map<String, UnitRef> mustReport, boolean recipientsListed,
                       String number, String implementsPlanId) {

    @PersistenceCreator
    public PlanView {
    }

    /** A view without number and implemented plan. */
    public PlanView(String planId, long version, PlanStatus status, Instant endedAt, UnitRef issuer, String timeZone,
                    List<PhaseView> phases, List<IndicatorDefinition> indicators, List<SectionDefinition> sections,
                    Map<String, UnitRef> mustReport, boolean recipientsListed) {
        this(planId, version, status, endedAt, issuer, timeZone, phases, indicators, sections, mustReport,
                recipientsListed, null, null);
    }

    /** A view whose must-report units are in {@code mustReport} (v1 plan events). */
    public PlanView(String planId, long version, PlanStatus status, Instant endedAt, UnitRef issuer, String timeZone,
                    List<PhaseView> phases, List<IndicatorDefinition> indicators, List<SectionDefinition> sections,
                    Map<String, UnitRef> mustReport) {
        this(planId, version, status, endedAt, issuer, timeZone, phases, indicators, sections, mustReport, false);
    }

    /** This view with its recipients listed apart, one document per unit. */
    PlanView listedApart() {
        return new PlanView(planId, version, status, endedAt, issuer, timeZone, phases, indicators, sections, null,
                true, number, implementsPlanId);
    }

    /** This view with {@code units} as its must-report units. */
    PlanView withMustReport(Map<String, UnitRef> units) {
        return new PlanView(planId, version, status, endedAt, issuer, timeZone, phases, indicators, sections, units,
                recipientsListed, number, implementsPlanId);
    }

    /** Whether the content of the plan is known (a published or amended event has been applied). */
    public boolean hasContent() {
        return version > 0 && phases != null;
    }

    /** The phase numbered {@code number}. */
    public Optional<PhaseView> phase(int number) {
        return phases == null ? Optional.empty() : phases.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The unit {@code code} when it must report. */
    public Optional<UnitRef> mustReportUnit(String code) {
        return mustReport == null ? Optional.empty() : Optional.ofNullable(mustReport.get(code));
    }
}
