package vn.ldld.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.ldld.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The plan view is built from events only and knows nothing of reports. */
    @ArchTest
    static final ArchRule thePlanViewKnowsNoOtherFeature = noClasses()
            .that().resideInAPackage("..report.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("..report.report..", "..report.receipt..",
                    "..report.idempotency..", "vn.ldld.web..");

    /** Receipts and idempotency are small services the report feature uses; they use no feature. */
    @ArchTest
    static final ArchRule receiptsAndKeysKnowNoOtherFeature = noClasses()
            .that().resideInAnyPackage("..report.receipt..", "..report.idempotency..")
            .should().dependOnClassesThat().resideInAnyPackage("..report.report..", "..report.plan..",
                    "vn.ldld.web..");

    /** The report feature reads plans through PlanViews and its value types, never the listener or the events. */
    @ArchTest
    static final ArchRule reportsReadPlansOnlyThroughTheirView = noClasses()
            .that().resideInAPackage("..report.report..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("PlanEvents")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("PlanMessages");

    /**
     * The report model, its rules and its events know nothing of HTTP: only the controller and its advice do, and
     * the access rules read the caller of the token (vn.ldld.web.security).
     */
    @ArchTest
    static final ArchRule theDomainDoesNotDependOnTheWeb = noClasses()
            .that().resideInAnyPackage("..report.report..", "..report.plan..", "..report.receipt..",
                    "..report.idempotency..")
            .and().haveSimpleNameNotStartingWith("ReportController")
            .and().haveSimpleNameNotStartingWith("ReportExceptionHandler")
            .and().haveSimpleNameNotStartingWith("ReportAccess")
            .and().haveSimpleNameNotStartingWith("ForbiddenFieldException")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "vn.ldld.web..");

    /** The access rules know the caller and nothing else of the web layer. */
    @ArchTest
    static final ArchRule accessRulesKnowOnlyTheCaller = noClasses()
            .that().haveSimpleNameStartingWith("ReportAccess")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
            .orShould().dependOnClassesThat().resideInAPackage("vn.ldld.web");
}
