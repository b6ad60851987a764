package vn.ldld.messaging.store;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Gives every service's MongoDB client the durable defaults of {@link DurableMongoSettings}. */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer")
public class DurableMongoAutoConfiguration {

    @Bean
    DurableMongoSettings durableMongoSettings() {
        return new DurableMongoSettings();
    }
}
