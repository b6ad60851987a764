package vn.ldld.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Mongo mapping settings of the service. */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    /**
     * Dates and instants with the driver's own codecs (UTC), so a {@code LocalDate} reads back as the same day
     * whatever the server's default zone.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs());
    }
}
