package vn.ldld.notification.delivery;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications/deliveries}: the delivery log, newest first. */
@RestController
@RequestMapping("/api/notifications/deliveries")
class DeliveryController {

    private final MongoTemplate mongo;

    DeliveryController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    List<DeliveryView> list(@RequestParam(required = false) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$",
                                    message = "must be a unit code such as LDLD-GD") String unit,
                            @RequestParam(required = false) @Pattern(regexp = "^[0-9a-fA-F-]{36}$",
                                    message = "must be a plan id (UUID)") String planId,
                            @RequestParam(required = false) DeliveryStatus status,
                            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        Criteria criteria = new Criteria();
        if (unit != null) {
            criteria.and("unitCode").is(unit);
        }
        if (planId != null) {
            criteria.and("planId").is(planId);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(limit),
                Delivery.class).stream().map(DeliveryView::of).toList();
    }
}
