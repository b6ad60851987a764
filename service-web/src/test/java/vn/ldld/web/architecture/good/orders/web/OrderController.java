package vn.ldld.web.architecture.good.orders.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import vn.ldld.web.architecture.good.orders.Order;
import vn.ldld.web.architecture.good.orders.internal.OrderStore;

@RestController
class OrderController {

    ResponseEntity<Order> get(String id) {
        return ResponseEntity.ok(new OrderStore().load(id));
    }
}
