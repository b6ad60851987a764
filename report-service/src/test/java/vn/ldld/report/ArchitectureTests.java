package vn.ldld.report;

import static vn.ldld.web.testing.ServiceArchitecture.features;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import vn.ldld.web.testing.ServiceArchitecture;

@AnalyzeClasses(packages = "vn.ldld.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Features apart, the web out of the domain, no cycles, controllers as entry points. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    /** The plan view is built from events only and knows nothing of reports. */
    @ArchTest
    static final ArchRule thePlanViewKnowsNoOtherFeature = features("plan").useNoOtherFeature();

    /** Receipts and idempotency are small services the reports use; they use no feature. */
    @ArchTest
    static final ArchRule receiptsAndKeysKnowNoOtherFeature = features("receipt", "idempotency").useNoOtherFeature();
}
