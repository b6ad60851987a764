package vn.ldld.messaging.consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import vn.ldld.messaging.MessagingAutoConfiguration;
import vn.ldld.messaging.inbox.ProcessedEvents;

/** The consumer kit: the tolerant {@link EventReader} and the registry of every {@link EventHandler} bean. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
public class ConsumerAutoConfiguration {

    @Bean
    EventReader eventReader() {
        return new EventReader();
    }

    @Bean
    @ConditionalOnBean(ProcessedEvents.class)
    EventHandlers eventHandlers(ObjectProvider<EventHandler<?>> handlers, EventReader eventReader,
                                ProcessedEvents processedEvents) {
        return new EventHandlers(handlers.orderedStream().toList(), eventReader, processedEvents);
    }
}
