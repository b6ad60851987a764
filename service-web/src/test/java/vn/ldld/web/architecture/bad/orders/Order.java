package vn.ldld.web.architecture.bad.orders;

import vn.ldld.web.architecture.bad.billing.Invoice;

/** Knows billing, which knows orders: a cycle. */
public record Order(String id, Invoice invoice) {
}
