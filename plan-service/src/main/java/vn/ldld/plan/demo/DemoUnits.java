package vn.ldld.plan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.ldld.plan.units.NewUnit;
import vn.ldld.plan.units.UnitService;

/**
 * The demo units ({@value #RESOURCE}): the provincial federation of Tây Ninh, its district-level federations, a
 * few sector unions and the partner agencies of the demo plan's recipient list. Loading adds the codes that are
 * absent and leaves every existing unit as it is, so it can run at every start.
 */
@Component
class DemoUnits {

    static final String RESOURCE = "demo/units.json";
    private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);

    private final UnitService units;
    private final ObjectMapper json;

    DemoUnits(UnitService units, ObjectMapper json) {
        this.units = units;
        this.json = json;
    }

    /** The demo units, parents before their children. */
    List<NewUnit> all() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<NewUnit>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Adds the demo units that are absent.
     *
     * @return how many were added
     */
    int load() {
        int added = 0;
        for (NewUnit unit : all()) {
            if (units.createIfAbsent(unit)) {
                added++;
            }
        }
        log.atInfo().setMessage("Demo units loaded").addKeyValue("added", added).log();
        return added;
    }
}
