package vn.ldld.messaging.inbox;

/** Another instance is applying the same event right now; the record is retried after a back-off. */
public class EventInProgressException extends RuntimeException {

    public EventInProgressException(String id) {
        super("event " + id + " is being applied by another instance");
    }
}
