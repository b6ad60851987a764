package vn.ldld.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ReadPreference;

/** The report database is written with a majority and the journal, and read on the primary, by default. */
class MongoSettingsTests extends ReportTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Test
    void reportsAreWrittenWithMajorityAndJournalAndReadFromThePrimary() {
        assertThat(mongo.getDb().getWriteConcern().getWString()).isEqualTo("majority");
        assertThat(mongo.getDb().getWriteConcern().getJournal()).isTrue();
        assertThat(mongo.getDb().getReadPreference()).isEqualTo(ReadPreference.primary());
    }
}
