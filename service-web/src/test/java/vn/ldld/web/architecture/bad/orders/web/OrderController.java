package vn.ldld.web.architecture.bad.orders.web;

import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
}
