package vn.ldld.web.architecture.good.orders;

import vn.ldld.web.NotFoundException;
import vn.ldld.web.security.Caller;

/** The orders feature's face: what other features and its web package use. */
public record Order(String id) {

    public static Order find(Caller caller, String id) {
        if (id.isEmpty()) {
            throw new NotFoundException("Order not found", "no order " + id);
        }
        return new Order(id);
    }
}
