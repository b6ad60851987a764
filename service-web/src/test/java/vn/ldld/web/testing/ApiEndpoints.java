package vn.ldld.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The {@code /api/**} endpoints a service maps, read from Spring's handler mapping (the bean named
 * {@code requestMappingHandlerMapping}), so that generated access tests cover a new endpoint without being told.
 */
public final class ApiEndpoints {

    private ApiEndpoints() {
    }

    /**
     * @return every endpoint as {@code METHOD /pattern}, sorted, with its handler; fails when an endpoint answers
     * every HTTP method (it must name them) or when there is none
     */
    public static Map<String, HandlerMethod> of(RequestMappingHandlerMapping mapping) {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods).as("%s answers every HTTP method: name them", pattern).isNotEmpty();
                    methods.forEach(method -> endpoints.put(method.name() + " " + pattern, handler.getValue()));
                }
            }
        }
        assertThat(endpoints).as("the service's /api/** endpoints").isNotEmpty();
        return endpoints;
    }
}
