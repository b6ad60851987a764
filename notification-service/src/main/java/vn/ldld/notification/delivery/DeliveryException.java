package vn.ldld.notification.delivery;

/** A failed delivery: the reason the delivery log shows, and the detail that goes to the service log only. */
class DeliveryException extends Exception {

    private final DeliveryFailure failure;

    DeliveryException(DeliveryFailure failure, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = failure;
    }

    DeliveryFailure failure() {
        return failure;
    }
}
