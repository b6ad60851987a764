package vn.ldld.contracts;

import java.util.List;

/**
 * Thrown when an event's JSON does not match its schema. The message names the event and lists
 * every error with the JSON path of the offending value (e.g. {@code $.unit.code}).
 */
public class ContractViolation extends RuntimeException {

    private final String eventName;
    private final List<String> errors;

    /**
     * @param eventName the event whose schema was violated
     * @param errors    one entry per error, each starting with the JSON path
     */
    public ContractViolation(String eventName, List<String> errors) {
        super("Event '" + eventName + "' does not match its schema (" + errors.size() + " error(s)):\n  - "
                + String.join("\n  - ", errors));
        this.eventName = eventName;
        this.errors = List.copyOf(errors);
    }

    /** @return the event whose schema was violated */
    public String eventName() {
        return eventName;
    }

    /** @return the errors, each starting with the JSON path of the offending value */
    public List<String> errors() {
        return errors;
    }
}
