package vn.ldld.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

import vn.ldld.web.testing.ServiceArchitecture;

/** The shared rules pass a service that keeps them and name what a service that breaks them does wrong. */
class ServiceArchitectureTests {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackages(
            "vn.ldld.web.architecture.good");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("vn.ldld.web.architecture.bad");

    @Test
    void aServiceThatKeepsTheRulesPassesThemAll() {
        for (ArchRule rule : new ArchRule[] {ServiceArchitecture.featuresDoNotReachIntoEachOthersInternals,
                ServiceArchitecture.theWebStaysOutOfTheDomain, ServiceArchitecture.featuresAreFreeOfCycles,
                ServiceArchitecture.controllersAreEntryPoints,
                ServiceArchitecture.features("orders").useNoOtherFeature(),
                ServiceArchitecture.features("orders").mustNotUse("billing")}) {
            assertThat(rule.evaluate(GOOD).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void aFeatureReachingIntoAnotherOnesInternalsIsNamed() {
        assertThat(report(ServiceArchitecture.featuresDoNotReachIntoEachOthersInternals))
                .contains("Invoice").contains("OrderStore").contains("OrderController");
    }

    @Test
    void theDomainSpeakingHttpOrCallingTheWebIsNamed() {
        assertThat(report(ServiceArchitecture.theWebStaysOutOfTheDomain))
                .contains("org.springframework.http.HttpStatus").contains("OrderController");
    }

    @Test
    void aCycleBetweenFeaturesIsNamed() {
        assertThat(report(ServiceArchitecture.featuresAreFreeOfCycles)).contains("orders").contains("billing");
    }

    @Test
    void aClassCallingAControllerIsNamed() {
        assertThat(report(ServiceArchitecture.controllersAreEntryPoints)).contains("Invoice")
                .contains("OrderController");
    }

    @Test
    void aServiceStatesItsOwnDirectionBetweenFeatures() {
        assertThat(report(ServiceArchitecture.features("orders").useNoOtherFeature())).contains("Invoice");
        assertThat(report(ServiceArchitecture.features("billing").mustNotUse("orders"))).contains("Order");
        assertThat(ServiceArchitecture.features("orders").mustNotUse("shipping").evaluate(BAD).hasViolation())
                .isFalse();
    }

    private static String report(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BAD);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
