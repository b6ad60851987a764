package vn.ldld.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.ldld.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The plan model, its rules and its events know nothing of HTTP: only the controller and its advice do. */
    @ArchTest
    static final ArchRule theDomainDoesNotDependOnTheWeb = noClasses()
            .that().resideInAPackage("..plan.plan..")
            .and().haveSimpleNameNotStartingWith("PlanController")
            .and().haveSimpleNameNotStartingWith("PlanExceptionHandler")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "..plan.web..");

    /** The shared web error handling serves every feature and knows none of them. */
    @ArchTest
    static final ArchRule sharedWebCodeDoesNotDependOnFeatures = noClasses()
            .that().resideInAPackage("..plan.web..")
            .should().dependOnClassesThat().resideInAPackage("..plan.plan..");

    /** Nothing but the plan feature itself uses the plan controller. */
    @ArchTest
    static final ArchRule controllersAreNotCalledByOtherClasses = noClasses()
            .that().doNotHaveSimpleName("PlanExceptionHandler")
            .should().dependOnClassesThat().haveSimpleName("PlanController")
            .allowEmptyShould(true);
}
