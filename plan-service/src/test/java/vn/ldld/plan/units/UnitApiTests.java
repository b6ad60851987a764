package vn.ldld.plan.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SampleUnits;
import vn.ldld.web.testing.Reply;
import vn.ldld.webhook.testing.TestHostResolver;

/** The units directory over HTTP: create, read, update, deactivate, list and search. */
class UnitApiTests extends ApiTestSupport {

    @Autowired
    private TestHostResolver dns;

    @Test
    void aUnitIsCreatedReadUpdatedAndDeactivated() {
        String code = uniqueCode("CDCS");
        ObjectNode request = SampleUnits.unit(code, "Công đoàn cơ sở Công ty Giày da Trảng Bàng", "GRASSROOTS_UNION",
                "LDLD-TB");
        request.put("webhookUrl", "https://hooks.ldld.example/units/" + code);

        Reply created = post("/api/units", request);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/units/" + code);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        Reply read = get("/api/units/" + code);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Công đoàn cơ sở Công ty Giày da Trảng Bàng");
        assertThat(read.json().get("parentCode").asString()).isEqualTo("LDLD-TB");
        assertThat(read.json().get("active").asBoolean()).isTrue();
        assertThat(read.json().has("searchText")).isFalse();

        ObjectNode details = SampleUnits.details(request);
        details.put("shortName", "CĐCS Giày da Trảng Bàng");
        Reply updated = put("/api/units/" + code, details, "If-Match", "\"1\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(get("/api/units/" + code).json().get("shortName").asString()).isEqualTo("CĐCS Giày da Trảng Bàng");

        Reply stale = put("/api/units/" + code, details, "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(put("/api/units/" + code, details).status()).isEqualTo(428);

        Reply deactivated = post("/api/units/" + code + "/deactivate", null, "If-Match", "\"2\"");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.header("ETag")).isEqualTo("\"3\"");
        assertThat(codes(get("/api/units?parent=LDLD-TB&active=false&size=100"))).contains(code);
        assertThat(codes(get("/api/units?parent=LDLD-TB&active=true&size=100"))).doesNotContain(code);
    }

    @Test
    void aTakenCodeIsAConflictNamingTheCode() {
        Reply reply = post("/api/units", SampleUnits.federation("LDLD-TN"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(get("/api/units/LDLD-TN").json().get("name").asString())
                .isEqualTo("Liên đoàn Lao động tỉnh Tây Ninh");
    }

    @Test
    void badFieldsAreNamedInTheProblem() {
        ObjectNode request = SampleUnits.unit("ldld tb", "", "DISTRICT_FEDERATION", "not a code");
        request.put("email", "lien-doan-at-ldld");
        request.put("webhookUrl", "ftp://hooks.ldld.example");

        Reply reply = post("/api/units", request);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(fields(reply)).containsExactlyInAnyOrder("code", "name", "parentCode", "email", "webhookUrl");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:18998/x", "http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.1:8084/api/analytics/rebuild", "http://[::1]:8080/", "http://0x7f000001:18999/",
            "https://2130706433/", "https://017700000001/", "https://127.1/", "https://[::ffff:10.0.0.1]/",
            "https://192.168.1.10/hook", "https://100.64.0.1/", "https://[fd00::1]/", "https://localhost/"})
    void aWebhookUrlOnAnInternalNetworkIsRefused(String url) {
        String code = uniqueCode("CDCS");
        ObjectNode request = SampleUnits.unit(code, "Công đoàn cơ sở", "GRASSROOTS_UNION", "LDLD-TB");
        request.put("webhookUrl", url);

        Reply created = post("/api/units", request);

        assertThat(fields(created)).containsExactly("webhookUrl");
        assertThat(created.json().get("errors").get(0).get("message").asString())
                .containsAnyOf("internal network", "this server", "four decimal numbers");
        assertThat(get("/api/units/" + code).status()).isEqualTo(404);

        request.remove("webhookUrl");
        assertThat(post("/api/units", request).status()).isEqualTo(201);
        Reply updated = put("/api/units/" + code, SampleUnits.details(request).put("webhookUrl", url),
                "If-Match", "\"1\"");
        assertThat(fields(updated)).containsExactly("webhookUrl");
        assertThat(get("/api/units/" + code).json().has("webhookUrl")).isFalse();
    }

    @Test
    void aWebhookHostThatResolvesToAnInternalAddressIsRefused() {
        dns.answer("intranet.ldld.test", "14.225.10.20", "10.0.0.5");
        dns.answer("hooks.ldld.test", "14.225.10.20");
        ObjectNode request = SampleUnits.unit(uniqueCode("CDCS"), "Công đoàn cơ sở", "GRASSROOTS_UNION", "LDLD-TB");

        Reply internal = post("/api/units", request.deepCopy().put("webhookUrl", "https://intranet.ldld.test/hook"));
        Reply plainHttp = post("/api/units", request.deepCopy().put("webhookUrl", "http://hooks.ldld.test/hook"));
        Reply allowed = post("/api/units", request.deepCopy().put("webhookUrl", "https://hooks.ldld.test/hook"));

        assertThat(fields(internal)).containsExactly("webhookUrl");
        assertThat(internal.json().get("errors").get(0).get("message").asString()).contains("internal network");
        assertThat(fields(plainHttp)).containsExactly("webhookUrl");
        assertThat(plainHttp.json().get("errors").get(0).get("message").asString()).contains("https");
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
    }

    @Test
    void anUnknownKindIsNamed() {
        ObjectNode request = SampleUnits.unit(uniqueCode("X"), "Đơn vị thử", "VILLAGE", null);

        Reply reply = post("/api/units", request);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("kind");
    }

    @Test
    void theParentMustExistAndNotBeTheUnitItself() {
        String code = uniqueCode("CDCS");
        Reply orphan = post("/api/units", SampleUnits.unit(code, "Công đoàn cơ sở mồ côi", "GRASSROOTS_UNION",
                "LDLD-NOWHERE"));
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(fields(orphan)).containsExactly("parentCode");

        ObjectNode request = SampleUnits.unit(code, "Công đoàn cơ sở", "GRASSROOTS_UNION", "LDLD-TB");
        assertThat(post("/api/units", request).status()).isEqualTo(201);
        ObjectNode ownParent = SampleUnits.details(request).put("parentCode", code);
        Reply cycle = put("/api/units/" + code, ownParent, "If-Match", "*");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(fields(cycle)).containsExactly("parentCode");
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThat(get("/api/units/LDLD-NOWHERE").status()).isEqualTo(404);
        assertThat(post("/api/units/LDLD-NOWHERE/deactivate", null, "If-Match", "*").status()).isEqualTo(404);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(codes(get("/api/units?q=trang%20bang"))).contains("LDLD-TB").doesNotContain("LDLD-TN");
        assertThat(codes(get("/api/units?q=TR%C3%82NG%20B%C3%80NG"))).contains("LDLD-TB");
        assertThat(codes(get("/api/units?q=duong%20minh%20chau"))).containsExactly("LDLD-DMC");
        assertThat(codes(get("/api/units?q=ldld-tbi"))).containsExactly("LDLD-TBI");
    }

    @Test
    void theLettersDAndDStrokeAreTheSameInSearch() {
        String code = uniqueCode("CDCS");
        // U+00D0 (Ð, as some fonts type Đ) and U+0111 (đ)
        ObjectNode request = SampleUnits.unit(code, "Công đoàn cơ sở Ðồng Khởi " + code, "GRASSROOTS_UNION",
                "LDLD-CT");
        assertThat(post("/api/units", request).status()).isEqualTo(201);

        assertThat(codes(get("/api/units?q=dong%20khoi%20" + code))).containsExactly(code);
        assertThat(codes(get("/api/units?q=%C4%91%E1%BB%93ng%20kh%E1%BB%9Fi%20" + code))).containsExactly(code);
        assertThat(codes(get("/api/units?q=cong%20doan%20co%20so%20dong%20khoi"))).contains(code);
    }

    @Test
    void listsFilterByKindAndParentInPages() {
        Reply districts = get("/api/units?kind=DISTRICT_FEDERATION&parent=LDLD-TN&size=5");

        assertThat(districts.status()).isEqualTo(200);
        assertThat(districts.json().get("totalElements").asLong()).isEqualTo(9);
        assertThat(codes(districts)).hasSize(5).isSorted();
        Reply second = get("/api/units?kind=DISTRICT_FEDERATION&parent=LDLD-TN&size=5&page=1");
        assertThat(codes(second)).hasSize(4).doesNotContainAnyElementsOf(codes(districts));
        assertThat(districts.json().get("content").valueStream().map(u -> u.get("kind").asString()))
                .containsOnly("DISTRICT_FEDERATION");
        assertThat(fields(get("/api/units?size=1000"))).containsExactly("size");
        assertThat(fields(get("/api/units?kind=VILLAGE"))).containsExactly("kind");
        assertThat(fields(get("/api/units?page=-1"))).containsExactly("page");
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static List<String> codes(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("content").valueStream().map(u -> u.get("code").asString()).toList();
    }

    private static List<String> fields(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
