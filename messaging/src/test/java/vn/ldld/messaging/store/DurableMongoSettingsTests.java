package vn.ldld.messaging.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * The MongoDB client a service gets from Spring Boot with this library: writes acknowledged by a majority and
 * journaled, reads from the primary, unless its connection string says otherwise.
 */
class DurableMongoSettingsTests {

    private final ApplicationContextRunner service = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MongoAutoConfiguration.class, DurableMongoAutoConfiguration.class));

    @Test
    void writesWaitForAMajorityAndTheJournalAndReadsGoToThePrimary() {
        service.withPropertyValues("spring.mongodb.uri=mongodb://db1.ldld.local,db2.ldld.local/report?replicaSet=rs0")
                .run(context -> {
                    MongoDatabase report = context.getBean(MongoClient.class).getDatabase("report");
                    WriteConcern writeConcern = report.getWriteConcern();
                    assertThat(writeConcern.getWString()).isEqualTo("majority");
                    assertThat(writeConcern.getJournal()).isTrue();
                    assertThat(writeConcern.getWTimeout(TimeUnit.SECONDS)).isEqualTo(10);
                    assertThat(report.getReadPreference()).isEqualTo(ReadPreference.primary());
                });
    }

    @Test
    void theConnectionStringDecidesWhenItNamesThem() {
        service.withPropertyValues("spring.mongodb.uri=mongodb://db1.ldld.local/report?replicaSet=rs0&w=2"
                        + "&journal=false&readPreference=secondaryPreferred")
                .run(context -> {
                    MongoDatabase report = context.getBean(MongoClient.class).getDatabase("report");
                    assertThat(report.getWriteConcern().getW()).isEqualTo(2);
                    assertThat(report.getWriteConcern().getJournal()).isFalse();
                    assertThat(report.getReadPreference()).isEqualTo(ReadPreference.secondaryPreferred());
                });
    }
}
