package vn.ldld.messaging.correlation;

/** Names under which the correlation id travels: HTTP header, log context (MDC) keys. */
public final class Correlation {

    /** HTTP header carrying the correlation id from the gateway to the services and back to the client. */
    public static final String HEADER = "X-Request-Id";
    /** MDC key of the correlation id: present in every log line written while serving a request or an event. */
    public static final String MDC_KEY = "correlationId";
    /** MDC key of the id of the event being consumed. */
    public static final String MDC_EVENT_ID = "eventId";
    /** MDC key of the type of the event being consumed. */
    public static final String MDC_EVENT_TYPE = "eventType";

    private Correlation() {
    }
}
