package vn.ldld.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

class ApiExceptionHandlerTests {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new SampleController())
                .setControllerAdvice(new ApiExceptionHandler())
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
    void storeFailuresAndBugsHideTheirInternals() throws Exception {
        mvc.perform(get("/things/3"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Service unavailable"));
        mvc.perform(get("/things/4"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("An unexpected error occurred"));
    }

    enum Color { RED, BLUE }

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

        @PostMapping("/things/{id}/close")
        String close(@PathVariable int id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
            EntityTags.requiredVersion(ifMatch);
            throw new OptimisticLockingFailureException("changed");
        }
    }
}
