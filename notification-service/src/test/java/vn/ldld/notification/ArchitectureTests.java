package vn.ldld.notification;

import static vn.ldld.web.testing.ServiceArchitecture.features;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import vn.ldld.web.testing.ServiceArchitecture;

@AnalyzeClasses(packages = "vn.ldld.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * Features apart, the web out of the domain, controllers as entry points, and features in one direction only
     * (no cycles): intake → schedule → delivery → inbox, preferences.
     */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    /** The schedule knows nothing of where its notifications come from. */
    @ArchTest
    static final ArchRule theScheduleDoesNotKnowThePlanOrReportIntake = features("schedule")
            .mustNotUse("plan", "report");

    /** Channels deliver whatever they are given: they know neither the schedule nor the intake. */
    @ArchTest
    static final ArchRule deliveryDoesNotKnowTheSchedule = features("delivery", "inbox", "preference")
            .mustNotUse("schedule", "plan", "report");
}
