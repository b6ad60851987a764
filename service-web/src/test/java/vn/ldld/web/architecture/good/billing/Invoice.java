package vn.ldld.web.architecture.good.billing;

import vn.ldld.web.architecture.good.orders.Order;

/** Uses the orders feature through its face. */
public record Invoice(Order order) {
}
