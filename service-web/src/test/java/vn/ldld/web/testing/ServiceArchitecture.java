package vn.ldld.web.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.BiPredicate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The architecture every service keeps, defined once. A service is the package of its {@code @SpringBootApplication}
 * class; each package directly below it is a feature ({@code plan}, {@code reports}, {@code schedule}...); a
 * feature's own package is its face to the other features, its sub-packages ({@code web}, {@code internal}) are its
 * own. Each service's {@code ArchitectureTests} takes the rules with
 * {@code @ArchTest static final ArchTests service = ArchTests.in(ServiceArchitecture.class);}:
 * <ul>
 *     <li>features do not reach into each other's internals: another feature is used through the classes of its
 *     own package only;</li>
 *     <li>the web stays out of the domain: only web classes (in a {@code web} package, or controllers and
 *     controller advice) use Spring MVC, HTTP, servlets, the OpenAPI annotations, service-web's web helpers or
 *     another web class; everybody may throw service-web's failure types and read the {@code Caller};</li>
 *     <li>features depend on each other without cycles;</li>
 *     <li>controllers are entry points: nothing but a controller uses one.</li>
 * </ul>
 * {@link #features(String...)} states a service's own direction between its features, e.g.
 * {@code features("plan").useNoOtherFeature()}.
 */
public final class ServiceArchitecture {

    private static final String APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";
    private static final List<String> WEB_ANNOTATIONS = List.of(
            "org.springframework.web.bind.annotation.RestController", "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestControllerAdvice",
            "org.springframework.web.bind.annotation.ControllerAdvice");
    private static final List<String> CONTROLLER_ANNOTATIONS = WEB_ANNOTATIONS.subList(0, 2);
    private static final Map<JavaPackage, Optional<String>> BASES = Collections.synchronizedMap(new WeakHashMap<>());

    private static final DescribedPredicate<JavaClass> IN_A_FEATURE = DescribedPredicate.describe("are in a feature",
            c -> featureOf(c).isPresent());

    private static final DescribedPredicate<JavaClass> WEB = DescribedPredicate.describe(
            "are in a web package or controllers or controller advice",
            c -> inWebPackage(c) || annotatedOrNestedIn(c, WEB_ANNOTATIONS));

    private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe("are controllers",
            c -> annotatedOrNestedIn(c, CONTROLLER_ANNOTATIONS));

    private static final DescribedPredicate<JavaClass> THE_WEB_LAYER = resideInAnyPackage(
            "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "io.swagger..")
            .or(resideInAPackage("vn.ldld.web").and(not(assignableTo(RuntimeException.class)))
                    .and(not(simpleName("ApiError"))))
            .or(WEB)
            .as("belong to the web layer (Spring MVC, HTTP, servlets, OpenAPI annotations, service-web's web helpers,"
                    + " a web package, a controller or controller advice)");

    private ServiceArchitecture() {
    }

    @ArchTest
    public static final ArchRule featuresDoNotReachIntoEachOthersInternals = classes().that(IN_A_FEATURE)
            .should(useFeatures("use other features only through the classes of their own package",
                    (origin, target) -> featureOf(origin).equals(featureOf(target)) || inFeatureFace(target)));

    @ArchTest
    public static final ArchRule theWebStaysOutOfTheDomain = noClasses().that(IN_A_FEATURE).and(not(WEB))
            .should().dependOnClassesThat(THE_WEB_LAYER);

    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return featureOf(javaClass).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "features";
        }
    }).should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule controllersAreEntryPoints = noClasses().that(not(CONTROLLERS))
            .should().dependOnClassesThat(CONTROLLERS);

    /** The features named, for a rule of a service's own on which features they use. */
    public static Features features(String... names) {
        return new Features(List.of(names));
    }

    /** A service's own rules on what some of its features may use. */
    public static final class Features {

        private final List<String> names;

        private Features(List<String> names) {
            this.names = names;
        }

        /** Each of these features uses no other feature. */
        public ArchRule useNoOtherFeature() {
            return classes().that(inAnyOf(names)).should(useFeatures("use no other feature",
                    (origin, target) -> featureOf(target).isEmpty() || featureOf(target).equals(featureOf(origin))));
        }

        /** None of these features uses any of {@code others}. */
        public ArchRule mustNotUse(String... others) {
            return noClasses().that(inAnyOf(names)).should().dependOnClassesThat(inAnyOf(List.of(others)));
        }

        private static DescribedPredicate<JavaClass> inAnyOf(List<String> features) {
            return DescribedPredicate.describe("are in the features " + features,
                    c -> featureOf(c).filter(features::contains).isPresent());
        }
    }

    /** Every dependency on a class of the service meets {@code allowed(origin, target)}. */
    private static ArchCondition<JavaClass> useFeatures(String description,
                                                        BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (featureOf(target).isPresent() && !allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the first package below its service's; empty outside any feature. */
    static Optional<String> featureOf(JavaClass javaClass) {
        return packageInService(javaClass).filter(relative -> !relative.isEmpty())
                .map(relative -> relative.split("\\.")[0]);
    }

    /** Whether the class is in its feature's own package, not below it. */
    private static boolean inFeatureFace(JavaClass javaClass) {
        return packageInService(javaClass).filter(relative -> !relative.isEmpty() && !relative.contains("."))
                .isPresent();
    }

    private static boolean inWebPackage(JavaClass javaClass) {
        return packageInService(javaClass).filter(relative -> ("." + relative + ".").contains(".web.")).isPresent();
    }

    /** The class's package relative to its service's ({@code reports.web}); empty for the service's own package. */
    private static Optional<String> packageInService(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return baseOf(javaClass.getPackage()).map(base -> name.equals(base) ? "" : name.substring(base.length() + 1));
    }

    private static boolean annotatedOrNestedIn(JavaClass javaClass, List<String> annotations) {
        for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
            JavaClass candidate = c;
            if (annotations.stream().anyMatch(candidate::isAnnotatedWith)) {
                return true;
            }
        }
        return false;
    }

    /** The package of the service's application class at or above {@code start}. */
    private static Optional<String> baseOf(JavaPackage start) {
        Optional<String> known = BASES.get(start);
        if (known != null) {
            return known;
        }
        Optional<String> base = Optional.empty();
        for (JavaPackage p = start; p != null && base.isEmpty(); p = p.getParent().orElse(null)) {
            if (p.getClasses().stream().anyMatch(c -> c.isAnnotatedWith(APPLICATION))) {
                base = Optional.of(p.getName());
            }
        }
        BASES.put(start, base);
        return base;
    }
}
