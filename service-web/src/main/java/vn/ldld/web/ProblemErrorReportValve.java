package vn.ldld.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

import vn.ldld.web.security.ProblemResponses;

/**
 * Tomcat's error report, written as a problem: what Tomcat refuses before any filter or servlet sees it (a raw
 * {@code [} or {@code ]} in a query, a malformed request line or header, headers over the size limit, TRACE) gets
 * the same {@code application/problem+json} answer, with a correlation id, as everything else; never Tomcat's HTML
 * page or its version.
 *
 * <p>Chosen over {@code server.tomcat.relaxed-query-chars}: relaxing would only let such a request through to be
 * served as if the brackets meant nothing ({@code unit[$ne]=x} would list every unit), and Tomcat would still answer
 * its other refusals in HTML. The query stays strict (RFC 3986: {@code [ ]} are percent-encoded in a query) and every
 * refusal speaks the API's language.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ContainerErrors.Described described = ContainerErrors.describe(status);
        try {
            ProblemResponses.write(request, response, status, described.title(), described.detail(), List.of(),
                    request.getRequestURI());
        } catch (IOException | RuntimeException e) {
            log.debug("Could not write the problem of a refused request", e);
        }
    }

    /**
     * Puts the valve in place of every other error report valve of the host; ordered last, after Boot's Tomcat
     * customizer, which adds a valve of its own.
     */
    static final class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                // the host adds a valve of the class it names when it finds none of that class on starting
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
