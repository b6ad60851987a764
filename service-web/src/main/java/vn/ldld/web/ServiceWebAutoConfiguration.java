package vn.ldld.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the problem answers of a servlet service: the controllers' ({@link ApiExceptionHandler}), the error
 * page's ({@link ProblemErrorController}, in place of Boot's) and Tomcat's own ({@link ProblemErrorReportValve});
 * the checks of JSON bodies ({@link JsonInputCheck}) and media type headers ({@link MediaTypeHeaders}); the links
 * to the public address ({@link PublicLinks}). Runs
 * before Boot's web MVC and error configurations so that Boot's {@code ProblemDetailsExceptionHandler} and
 * {@code BasicErrorController} back off.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
public class ServiceWebAutoConfiguration {

    @Bean
    ApiExceptionHandler apiExceptionHandler(PublicLinks links) {
        return new ApiExceptionHandler(links);
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    JsonInputCheck jsonInputCheck() {
        return new JsonInputCheck();
    }

    /** After the correlation id is set (the messaging library's filter comes first), before security. */
    @Bean
    FilterRegistrationBean<MediaTypeHeaders> mediaTypeHeaders() {
        FilterRegistrationBean<MediaTypeHeaders> registration = new FilterRegistrationBean<>(new MediaTypeHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    PublicLinks publicLinks(WebProperties properties) {
        return new PublicLinks(properties.publicBaseUrl());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    static class TomcatErrors {

        @Bean
        ProblemErrorReportValve.Installer problemErrorReportValve() {
            return new ProblemErrorReportValve.Installer();
        }
    }
}
