package vn.ldld.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

@AnalyzeClasses(packages = "vn.ldld.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Features depend on each other in one direction only: intake → schedule → delivery → inbox, preferences. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = SlicesRuleDefinition.slices()
            .matching("vn.ldld.notification.(*)..").should().beFreeOfCycles();

    /** The schedule knows nothing of where its notifications come from. */
    @ArchTest
    static final ArchRule theScheduleDoesNotKnowThePlanOrReportIntake = noClasses()
            .that().resideInAPackage("..notification.schedule..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.plan..", "..notification.report..");

    /** Channels deliver whatever they are given: they know neither the schedule nor the intake. */
    @ArchTest
    static final ArchRule deliveryDoesNotKnowTheSchedule = noClasses()
            .that().resideInAnyPackage("..notification.delivery..", "..notification.inbox..",
                    "..notification.preference..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.schedule..", "..notification.plan..",
                    "..notification.report..");

    /** Only controllers touch HTTP. */
    @ArchTest
    static final ArchRule onlyControllersUseTheWeb = noClasses()
            .that().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");
}
