package vn.ldld.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.ldld.report.ReportTestSupport;
import vn.ldld.report.SamplePlans;
import vn.ldld.web.testing.Reply;

class ReportQueryTests extends ReportTestSupport {

    @Test
    void reportsAreListedByPlanPhaseUnitStatusAndLatenessPageByPage() {
        String planId = SamplePlans.newPlanId();
        publish(SamplePlans.published(planId));
        for (String unit : List.of("LDLD-TPTN", "LDLD-HT", "LDLD-TB")) {
            post("/api/reports", SamplePlans.report(planId, unit));
        }
        clock.set(Instant.parse("2023-07-26T02:00:00Z"));
        String late = post("/api/reports", SamplePlans.report(planId, "LDLD-BC")).json().get("id").asString();
        post("/api/reports/" + late + "/accept", "{\"reviewer\":\"ldld-tn.tuyengiao\"}");

        JsonNode firstPage = get("/api/reports?planId=" + planId + "&phase=1&size=3&page=0").json();
        JsonNode secondPage = get("/api/reports?planId=" + planId + "&phase=1&size=3&page=1").json();
        JsonNode lateOnes = get("/api/reports?planId=" + planId + "&late=true").json();
        JsonNode accepted = get("/api/reports?planId=" + planId + "&status=ACCEPTED").json();
        JsonNode oneUnit = get("/api/reports?planId=" + planId + "&unit=LDLD-HT").json();

        assertThat(firstPage.get("total").asLong()).isEqualTo(4);
        assertThat(firstPage.get("items")).hasSize(3);
        assertThat(secondPage.get("items")).hasSize(1);
        List<String> units = new ArrayList<>();
        firstPage.get("items").forEach(i -> units.add(i.get("unitCode").asString()));
        secondPage.get("items").forEach(i -> units.add(i.get("unitCode").asString()));
        assertThat(units).containsExactly("LDLD-TPTN", "LDLD-HT", "LDLD-TB", "LDLD-BC");
        assertThat(lateOnes.get("items")).extracting(i -> i.get("id").asString()).containsExactly(late);
        assertThat(accepted.get("items")).extracting(i -> i.get("id").asString()).containsExactly(late);
        assertThat(oneUnit.get("items")).extracting(i -> i.get("unitCode").asString()).containsExactly("LDLD-HT");
    }

    @Test
    void badQueryParametersAreNamed() {
        Reply badStatus = get("/api/reports?status=LOST");
        Reply badSize = get("/api/reports?size=0");

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.errorFields()).containsExactly("status");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.errorFields()).containsExactly("size");
    }
}
