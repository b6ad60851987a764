package vn.ldld.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ldld.web.security.ForbiddenException;

class ApiExceptionHandlerTests {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new SampleController())
                .setControllerAdvice(new ApiExceptionHandler(new PublicLinks(URI.create("http://localhost:8080"))))
                .setValidator(validator)
                .build();
    }

    @Test
    void anInvalidBodyNamesEveryWrongFieldInOrder() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"count\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("2 invalid fields"))
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[1].field").value("name"));
    }

    @Test
    void aWrongJsonValueNamesItsPathAndTheExpectedType() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\",\"count\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[0].message").value("invalid value; expected a number"));
    }

    @Test
    void malformedJsonIsABodyError() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("the JSON ends before it is complete")));
    }

    @Test
    void aMistypedParameterSaysWhatIsExpected() throws Exception {
        mvc.perform(get("/things/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("invalid value 'abc'; expected a number"));
        mvc.perform(get("/things").param("color", "PINK"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("color"))
                .andExpect(jsonPath("$.errors[0].message").value("invalid value 'PINK'; expected one of [RED, BLUE]"));
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        mvc.perform(get("/things"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("color"))
                .andExpect(jsonPath("$.errors[0].message").value("required parameter missing"));
    }

    @Test
    void featureExceptionsAreProblems() throws Exception {
        mvc.perform(get("/things/1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("no thing 1"));
        mvc.perform(get("/things/2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"))
                .andExpect(jsonPath("$.errors[0].message").value("must be after since"));
    }

    @Test
    void writesNeedTheVersionTheyChange() throws Exception {
        mvc.perform(post("/things/1/close"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(post("/things/1/close").header("If-Match", "\"3\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("Stale version"));
    }

    @Test
    void eachKindOfRefusalIsAnsweredWithItsStatusTitleFieldsAndMembers() throws Exception {
        mvc.perform(get("/refusals/conflict"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Thing already there"))
                .andExpect(jsonPath("$.detail").value("thing 5 exists"))
                .andExpect(jsonPath("$.currentStatus").value("OPEN"))
                .andExpect(jsonPath("$.existingThing").value("http://localhost:8080/api/things/5"))
                .andExpect(header().string("Location", "http://localhost:8080/api/things/5"))
                .andExpect(header().string("Retry-After", "2"));
        mvc.perform(get("/refusals/stale"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("Stale version"))
                .andExpect(jsonPath("$.currentVersion").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"))
                .andExpect(jsonPath("$.errors[0].message").value("does not match the current version \"4\""));
        mvc.perform(get("/refusals/forbidden"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        mvc.perform(get("/refusals/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Plan not found"))
                .andExpect(jsonPath("$.errors[0].field").value("planId"));
        mvc.perform(get("/refusals/unprocessable"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Key reused"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(get("/refusals/invalid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("2 invalid fields"))
                .andExpect(jsonPath("$.errors[1].field").value("b"));
    }

    @Test
    void storeFailuresAndBugsHideTheirInternals() throws Exception {
        mvc.perform(get("/things/3"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Service unavailable"));
        mvc.perform(get("/things/4"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("An unexpected error occurred"));
    }

    enum Color { RED, BLUE }

    /** A feature's conflict: names the thing it conflicts with, its status, and when to try again. */
    static class ThingExists extends ConflictException {

        ThingExists(int id) {
            super("Thing already there", "thing " + id + " exists");
            property("currentStatus", "OPEN");
            conflictsWith("existingThing", "/api/things/{id}", id);
            tryAgainAfter(Duration.ofSeconds(2));
        }
    }

    record Thing(@NotBlank String name, @Positive int count) {
    }

    @RestController
    static class SampleController {

        @PostMapping("/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/things")
        String list(@RequestParam Color color) {
            return color.name();
        }

        @GetMapping("/things/{id}")
        String get(@PathVariable int id) {
            if (id == 1) {
                throw new NotFoundException("no thing 1");
            }
            if (id == 2) {
                throw new InvalidRequestException("until", "must be after since");
            }
            if (id == 3) {
                throw new DataAccessResourceFailureException("down");
            }
            throw new IllegalStateException("bug");
        }

        @GetMapping("/refusals/{kind}")
        String refuse(@PathVariable String kind) {
            throw switch (kind) {
                case "conflict" -> new ThingExists(5);
                case "stale" -> new VersionMismatchException("thing is at version 4", 4);
                case "forbidden" -> new ForbiddenException("Forbidden", "unitCode", "only your own unit");
                case "missing" -> new NotFoundException("Plan not found", "planId", "no plan x");
                case "unprocessable" -> new UnprocessableRequestException("Key reused", "Idempotency-Key", "other body");
                default -> new InvalidRequestException(List.of(new ApiError("a", "wrong"), new ApiError("b", "wrong")));
            };
        }

        @PostMapping("/things/{id}/close")
        String close(@PathVariable int id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
            EntityTags.requiredVersion(ifMatch);
            throw new OptimisticLockingFailureException("changed");
        }
    }
}
