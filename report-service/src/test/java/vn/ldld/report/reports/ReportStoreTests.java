package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;

/**
 * The store writes whatever change the report made, in one place: only over the version the report was read at,
 * and without touching the idempotency key kept beside the report in its document.
 */
class ReportStoreTests extends ReportTestSupport {

    @Autowired
    private ReportStore reports;

    @Autowired
    private MongoTemplate mongo;

    private String planId;

    @BeforeEach
    void publishAPlan() {
        planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
    }

    @Test
    void aChangeToAReportReadBeforeAnotherChangeIsAVersionMismatchAndLeavesTheFirstAsItWas() {
        String id = post("/api/reports", SamplePlans.report(planId, "LDLD-TC")).json().get("id").asString();
        Report first = reports.find(id).orElseThrow();
        Report second = reports.find(id).orElseThrow();

        first.accept("ldld-tn.tuyengiao", clock.instant());
        reports.save(first);
        second.returnFor("Thiếu số liệu", "ldld-tn.vanphong", clock.instant());

        assertThatThrownBy(() -> reports.save(second)).isInstanceOfSatisfying(ReportVersionMismatchException.class,
                mismatch -> assertThat(mismatch.currentVersion()).isEqualTo(2));
        Report stored = reports.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.lastReview().reviewer()).isEqualTo("ldld-tn.tuyengiao");
    }

    @Test
    void theIdempotencyKeyIsKeptBesideTheReportAndOutlivesItsChanges() {
        Instant receivedAt = clock.instant();
        String id = post("/api/reports", SamplePlans.report(planId, "LDLD-GD"), "Idempotency-Key", "k-store")
                .json().get("id").asString();
        Document submitted = document(id);

        Report report = reports.find(id).orElseThrow();
        report.accept("ldld-tn.tuyengiao", clock.instant());
        reports.save(report);

        Document accepted = document(id);
        assertThat(submitted.getString("idempotencyKey")).endsWith("@LDLD-GD/k-store");
        assertThat(submitted.getString("requestFingerprint")).hasSize(64);
        assertThat(submitted.get("idempotencyExpiresAt", Date.class).toInstant()).isAfter(receivedAt);
        for (String field : new String[] {"idempotencyKey", "requestFingerprint", "idempotencyExpiresAt"}) {
            assertThat(accepted.get(field)).as(field).isEqualTo(submitted.get(field));
        }
        ReportStore.Keyed keyed = reports.findByIdempotencyKey(submitted.getString("idempotencyKey")).orElseThrow();
        assertThat(keyed.report().id()).isEqualTo(id);
        assertThat(keyed.report().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(keyed.key().fingerprint()).isEqualTo(submitted.getString("requestFingerprint"));
    }

    private Document document(String id) {
        return mongo.findById(id, Document.class, mongo.getCollectionName(Report.class));
    }
}
