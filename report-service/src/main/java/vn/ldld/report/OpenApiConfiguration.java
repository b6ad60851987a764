package vn.ldld.report;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the service, served at {@code /v3/api-docs} without a token (through the gateway:
 * {@code /openapi/report-service}). Every operation needs a bearer JWT; each says which role in its description.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI reportServiceApi(@Value("${info.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("report-service")
                        .version(version)
                        .description("""
                                Report intake of LĐLĐ tỉnh Tây Ninh: units (đơn vị) submit their report for a phase \
                                (đợt) of a published plan and get a receipt number (số đến), judged on time or late \
                                against the deadline in force; an amendment that extends the phase's deadline (gia \
                                hạn) makes on time a late report received at or before the new deadline, and a \
                                shortened deadline never makes an on-time report late (`timeliness` of a report); \
                                units revise, province staff accept or return (for a \
                                plan reviewed by the parent, the staff of the unit directly above also do). \
                                Every call needs a bearer JWT (roles PROVINCE_STAFF, UNIT_REPORTER, UNIT_STAFF, \
                                VIEWER; a unit \
                                account's unit comes from its token); each operation says who may call it. Errors \
                                are RFC 9457 problems naming the wrong fields."""));
    }
}
