package vn.ldld.plan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static vn.ldld.web.testing.ServiceArchitecture.features;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import vn.ldld.web.testing.ServiceArchitecture;

@AnalyzeClasses(packages = "vn.ldld.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Features apart, the web out of the domain, no cycles, controllers as entry points. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    /** The units directory is below the plans: it knows nothing of plans nor of the demo data. */
    @ArchTest
    static final ArchRule unitsDoNotKnowPlans = features("units").mustNotUse("plans", "demo");

    /** Plans read the directory only through its published face, never its store or its HTTP API. */
    @ArchTest
    static final ArchRule plansUseTheDirectoryThroughItsFace = noClasses()
            .that().resideInAPackage("vn.ldld.plan.plans..")
            .should().dependOnClassesThat(resideInAPackage("vn.ldld.plan.units..")
                    .and(not(simpleName("UnitDirectory").or(simpleName("Unit")).or(simpleName("UnitKind")))));

    /** Nothing depends on the demo data: it can be switched off or removed. */
    @ArchTest
    static final ArchRule nothingDependsOnTheDemoData = noClasses()
            .that().resideOutsideOfPackage("..plan.demo..")
            .should().dependOnClassesThat().resideInAPackage("..plan.demo..");

    /** Text folding is a leaf: it depends on no feature. */
    @ArchTest
    static final ArchRule textFoldingIsALeaf = features("text").useNoOtherFeature();
}
