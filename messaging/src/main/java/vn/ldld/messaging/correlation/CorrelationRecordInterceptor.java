package vn.ldld.messaging.correlation;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

import vn.ldld.messaging.cloudevents.CloudEventHeaders;

/** Puts the consumed event's correlation id, id and type in the log context while the listener handles it. */
public class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        put(Correlation.MDC_KEY, record, CloudEventHeaders.CORRELATION_ID);
        put(Correlation.MDC_EVENT_ID, record, CloudEventHeaders.ID);
        put(Correlation.MDC_EVENT_TYPE, record, CloudEventHeaders.TYPE);
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(Correlation.MDC_KEY);
        MDC.remove(Correlation.MDC_EVENT_ID);
        MDC.remove(Correlation.MDC_EVENT_TYPE);
    }

    private static void put(String key, ConsumerRecord<Object, Object> record, String headerName) {
        Header header = record.headers().lastHeader(headerName);
        if (header != null && header.value() != null) {
            MDC.put(key, new String(header.value(), StandardCharsets.UTF_8));
        } else {
            MDC.remove(key);
        }
    }
}
