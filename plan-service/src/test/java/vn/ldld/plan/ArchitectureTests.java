package vn.ldld.plan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.ldld.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The plan and unit models, their rules and events know nothing of HTTP: only controllers and advice do. */
    @ArchTest
    static final ArchRule theDomainDoesNotDependOnTheWeb = noClasses()
            .that().resideInAnyPackage("..plan.plan..", "..plan.unit..", "..plan.demo..", "..plan.text..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("ExceptionHandler")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "vn.ldld.web..",
                    "io.swagger..");

    /** The units directory is below the plans: it knows nothing of plans nor of the demo data. */
    @ArchTest
    static final ArchRule unitsDoNotKnowPlans = noClasses()
            .that().resideInAPackage("..plan.unit..")
            .should().dependOnClassesThat().resideInAnyPackage("..plan.plan..", "..plan.demo..");

    /** Plans read the directory only through its published face, never its store or its HTTP API. */
    @ArchTest
    static final ArchRule plansUseTheDirectoryThroughItsFace = noClasses()
            .that().resideInAPackage("..plan.plan..")
            .should().dependOnClassesThat(resideInAPackage("..plan.unit..")
                    .and(not(simpleName("UnitDirectory").or(simpleName("Unit")).or(simpleName("UnitKind")))));

    /** Nothing depends on the demo data: it can be switched off or removed. */
    @ArchTest
    static final ArchRule nothingDependsOnTheDemoData = noClasses()
            .that().resideOutsideOfPackage("..plan.demo..")
            .should().dependOnClassesThat().resideInAPackage("..plan.demo..");

    /** Text folding is a leaf: it depends on no feature. */
    @ArchTest
    static final ArchRule textFoldingIsALeaf = noClasses()
            .that().resideInAPackage("..plan.text..")
            .should().dependOnClassesThat().resideInAnyPackage("..plan.plan..", "..plan.unit..", "..plan.demo..",
                    "vn.ldld.web..");

    /** Controllers are entry points: no class calls one. */
    @ArchTest
    static final ArchRule controllersAreNotCalledByOtherClasses = noClasses()
            .that().haveSimpleNameNotEndingWith("ExceptionHandler")
            .and().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller");
}
