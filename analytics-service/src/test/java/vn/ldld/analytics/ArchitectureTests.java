package vn.ldld.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import vn.ldld.web.testing.ServiceArchitecture;

@AnalyzeClasses(packages = "vn.ldld.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Features apart, the web out of the domain, no cycles, controllers as entry points. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    /** The read models know nothing of HTTP, of the analysis built on them, or of how events reach them. */
    @ArchTest
    static final ArchRule readModelsStandAlone = noClasses()
            .that().resideInAnyPackage("..analytics.plan..", "..analytics.report..", "..analytics.notice..",
                    "..analytics.unit..", "..analytics.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.http..", "jakarta.servlet..", "vn.ldld.web..", "..analytics.summary..",
                    "..analytics.export..", "..analytics.event..", "..analytics.metrics..", "org.apache.kafka..");

    /** Each read model is its own feature: plans, reports and notices do not reach into each other. */
    @ArchTest
    static final ArchRule readModelsAreIndependent = noClasses()
            .that().resideInAPackage("..analytics.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("..analytics.report..", "..analytics.notice..");

    @ArchTest
    static final ArchRule reportsDoNotKnowPlansOrNotices = noClasses()
            .that().resideInAPackage("..analytics.report..")
            .should().dependOnClassesThat().resideInAnyPackage("..analytics.plan..", "..analytics.notice..");

    /** The analysis is computed from the read models only; exports and metrics build on it, not the reverse. */
    @ArchTest
    static final ArchRule theAnalysisDoesNotKnowItsConsumers = noClasses()
            .that().resideInAPackage("..analytics.summary..")
            .should().dependOnClassesThat().resideInAnyPackage("..analytics.export..", "..analytics.metrics..",
                    "..analytics.event..", "org.apache.poi..");
}
