package vn.ldld.web.architecture.bad.orders.internal;

/** Inside the orders feature, yet billing uses it. */
public class OrderStore {
}
