package vn.ldld.messaging;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate: a balance that changes, each change announced by an event. */
@Document("ledgers")
public record Ledger(@Id String id, long version, int balance) {
}
