package vn.ldld.plan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SamplePlans;
import vn.ldld.web.testing.Reply;

/** Listing plans by year of issue, issuer and text. */
class PlanListTests extends ApiTestSupport {

    @Test
    void filtersByIssuerYearAndStatus() {
        String issuer = "LIST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String of2023 = publish(draft(issuer, "2023-07-12", "Kế hoạch thử năm 2023"));
        String of2024 = publish(draft(issuer, "2024-03-01", "Kế hoạch thử năm 2024"));
        String draftOnly = create(draft(issuer, null, "Bản nháp"));

        assertThat(ids("/api/plans?issuer=" + issuer)).containsExactlyInAnyOrder(of2023, of2024, draftOnly);
        assertThat(ids("/api/plans?issuer=" + issuer + "&year=2023")).containsExactly(of2023);
        assertThat(ids("/api/plans?issuer=" + issuer + "&year=2024&status=PUBLISHED")).containsExactly(of2024);
        assertThat(ids("/api/plans?issuer=" + issuer + "&status=DRAFT")).containsExactly(draftOnly);
        assertThat(get("/api/plans/" + of2023).json().get("number").asString()).isEqualTo("1/KH-LĐLĐ");
        assertThat(get("/api/plans/" + of2024).json().get("number").asString()).isEqualTo("1/KH-LĐLĐ");
        assertThat(get("/api/plans?issuer=" + issuer).json().get("totalElements").asLong()).isEqualTo(3);
    }

    @Test
    void searchesNumberAndTitleWithOrWithoutDiacritics() {
        String issuer = "TEXT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String marker = issuer.substring(5).toLowerCase(Locale.ROOT);
        String plan = publish(draft(issuer, "2023-07-12", "Tuyên truyền Tháng Công nhân ở Trảng Bàng " + marker));

        assertThat(ids("/api/plans?q=trang%20bang%20" + marker)).containsExactly(plan);
        assertThat(ids("/api/plans?issuer=" + issuer + "&q=TH%C3%81NG%20C%C3%94NG%20NH%C3%82N")).containsExactly(plan);
        assertThat(ids("/api/plans?issuer=" + issuer + "&q=1/kh-ldld")).containsExactly(plan);
        assertThat(ids("/api/plans?issuer=" + issuer + "&q=2/kh-ldld")).isEmpty();
        assertThat(ids("/api/plans?q=tan%20bien%20" + marker)).isEmpty();
    }

    @Test
    void aBadFilterIsNamed() {
        Reply badYear = get("/api/plans?year=twenty");
        Reply badStatus = get("/api/plans?status=ARCHIVED");

        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    private ObjectNode draft(String issuer, String issuedOn, String title) {
        ensureUnit(issuer);
        ObjectNode draft = SamplePlans.draft(issuer);
        draft.put("title", title);
        if (issuedOn != null) {
            draft.put("issuedOn", issuedOn);
        }
        return draft;
    }

    private String create(ObjectNode draft) {
        Reply created = post("/api/plans", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String publish(ObjectNode draft) {
        String id = create(draft);
        Reply published = post("/api/plans/" + id + "/publish", null, "If-Match", "\"1\"");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private List<String> ids(String path) {
        Reply reply = get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("content").valueStream().map(p -> p.get("id").asString()).toList();
    }
}
