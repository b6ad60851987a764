package vn.ldld.messaging;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate of the tests whose collection only the tests' own relays read (a roster of units, listed in chunks). */
@Document("rosters")
public record Roster(@Id String id, long version, int units) {
}
