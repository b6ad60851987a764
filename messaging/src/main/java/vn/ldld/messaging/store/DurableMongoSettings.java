package vn.ldld.messaging.store;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;

/**
 * What a service's MongoDB client promises by default, so that an acknowledged write survives whatever process or
 * machine fails next: writes wait for a majority of the replica set and for its journal ({@code w: majority,
 * j: true}, at most 10 s), and every read goes to the primary (the reads that decide: an idempotency key replayed,
 * a version compared before it is set, a claim). On a standalone server {@code majority} means that server.
 * <p>
 * Applied before the connection string, so {@code MONGODB_URI} options ({@code w}, {@code journal},
 * {@code wtimeoutMS}, {@code readPreference}) replace them.
 */
public class DurableMongoSettings implements MongoClientSettingsBuilderCustomizer, Ordered {

    /** A majority that cannot be reached within this time fails the write instead of blocking it forever. */
    static final long MAJORITY_TIMEOUT_SECONDS = 10;

    public static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true)
            .withWTimeout(MAJORITY_TIMEOUT_SECONDS, TimeUnit.SECONDS);

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        settings.writeConcern(WRITE_CONCERN).readPreference(ReadPreference.primary());
    }

    /** Before Spring Boot's own customizer, which applies the connection string. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
