package vn.ldld.web.architecture.good.orders.internal;

import vn.ldld.web.architecture.good.orders.Order;

/** Inside the orders feature: only the feature uses it. */
public class OrderStore {

    public Order load(String id) {
        return new Order(id);
    }
}
