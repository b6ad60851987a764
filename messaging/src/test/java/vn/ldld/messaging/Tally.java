package vn.ldld.messaging;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate kept out of the application's own relay, for tests that drive relays by hand. */
@Document("tallies")
public record Tally(@Id String id, long version, int count) {
}
