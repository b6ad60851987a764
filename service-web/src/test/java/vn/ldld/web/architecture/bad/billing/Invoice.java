package vn.ldld.web.architecture.bad.billing;

import org.springframework.http.HttpStatus;

import vn.ldld.web.architecture.bad.orders.Order;
import vn.ldld.web.architecture.bad.orders.internal.OrderStore;
import vn.ldld.web.architecture.bad.orders.web.OrderController;

/** Reaches into the orders feature's internals, calls its controller and speaks HTTP. */
public record Invoice(Order order, OrderStore store) {

    Object controller() {
        return new OrderController();
    }

    HttpStatus status() {
        return HttpStatus.OK;
    }
}
