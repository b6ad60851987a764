package vn.ldld.plan.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ldld.plan.ApiTestSupport;
import vn.ldld.plan.SampleUnits;
import vn.ldld.web.testing.Reply;

/** Importing a part of the directory at once: {@code POST /api/units/import}. */
class UnitImportTests extends ApiTestSupport {

    @Test
    void aDistrictAndItsUnionsAreImportedInAnyOrderAndAgainWithoutDuplicates() {
        String district = prefix() + "-Q";
        List<ObjectNode> units = new ArrayList<>();
        for (int i = 1; i <= 900; i++) {
            units.add(SampleUnits.unit(district + "-%04d".formatted(i), "Công đoàn cơ sở số " + i,
                    "GRASSROOTS_UNION", district));
        }
        units.add(SampleUnits.unit(district, "Liên đoàn Lao động huyện thử", "DISTRICT_FEDERATION", null));

        Reply first = post("/api/units/import", SampleUnits.importOf(units.toArray(ObjectNode[]::new)));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(901);
        assertThat(first.json().get("alreadyPresent").asInt()).isZero();
        Reply children = get("/api/units?parent=" + district + "&size=1");
        assertThat(children.json().get("totalElements").asLong()).isEqualTo(900);
        JsonNode last = get("/api/units/" + district + "-0900").json();
        assertThat(last.get("name").asString()).isEqualTo("Công đoàn cơ sở số 900");
        assertThat(last.get("active").asBoolean()).isTrue();

        units.add(SampleUnits.unit(district + "-0901", "Công đoàn cơ sở số 901", "GRASSROOTS_UNION", district));
        Reply again = post("/api/units/import", SampleUnits.importOf(units.toArray(ObjectNode[]::new)));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isEqualTo(1);
        assertThat(again.json().get("alreadyPresent").asInt()).isEqualTo(901);
        assertThat(get("/api/units?parent=" + district + "&size=1").json().get("totalElements").asLong()).isEqualTo(901);
    }

    @Test
    void nothingIsWrittenWhenOneUnitIsWrongAndTheProblemNamesIt() {
        String prefix = prefix();
        ObjectNode good = SampleUnits.unit(prefix + "-1", "Công đoàn cơ sở", "GRASSROOTS_UNION", "LDLD-TB");
        ObjectNode orphan = SampleUnits.unit(prefix + "-2", "Công đoàn cơ sở", "GRASSROOTS_UNION", prefix + "-NONE");
        ObjectNode twice = SampleUnits.unit(prefix + "-1", "Công đoàn cơ sở khác", "GRASSROOTS_UNION", "LDLD-TB");
        ObjectNode badEmail = SampleUnits.unit(prefix + "-3", "Công đoàn cơ sở", "GRASSROOTS_UNION", "LDLD-TB");
        badEmail.put("email", "khong-phai-email");

        assertThat(problemField(post("/api/units/import", SampleUnits.importOf(good, orphan))))
                .isEqualTo("units[1].parentCode");
        assertThat(problemField(post("/api/units/import", SampleUnits.importOf(good, twice))))
                .isEqualTo("units[1].code");
        assertThat(problemField(post("/api/units/import", SampleUnits.importOf(good, badEmail))))
                .isEqualTo("units[1].email");
        assertThat(get("/api/units/" + prefix + "-1").status()).isEqualTo(404);
    }

    @Test
    void unitsMayNotFormACycle() {
        String prefix = prefix();
        ObjectNode a = SampleUnits.unit(prefix + "-A", "Đơn vị A", "DISTRICT_FEDERATION", prefix + "-B");
        ObjectNode b = SampleUnits.unit(prefix + "-B", "Đơn vị B", "DISTRICT_FEDERATION", prefix + "-A");

        Reply reply = post("/api/units/import", SampleUnits.importOf(a, b));

        assertThat(problemField(reply)).isEqualTo("units[0].parentCode");
        assertThat(get("/api/units/" + prefix + "-A").status()).isEqualTo(404);
    }

    @Test
    void moreThanTheLimitIsRefused() {
        String prefix = prefix();
        ObjectNode[] units = new ObjectNode[UnitImport.MAX_UNITS + 1];
        for (int i = 0; i < units.length; i++) {
            units[i] = SampleUnits.unit(prefix + "-" + i, "Công đoàn cơ sở", "GRASSROOTS_UNION", "LDLD-TB");
        }

        assertThat(problemField(post("/api/units/import", SampleUnits.importOf(units)))).isEqualTo("units");
    }

    private static String problemField(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private static String prefix() {
        return "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
