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

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * {@code /api/notifications/deliveries}: the delivery log, newest first. Province staff see every unit's deliveries,
 * a unit reporter only its own unit's (the unit from its token); other roles get 403.
 */
@RestController
@RequestMapping("/api/notifications/deliveries")
class DeliveryController {

    private final MongoTemplate mongo;

    DeliveryController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    @Operation(summary = "The delivery log, newest first",
            description = "Roles: PROVINCE_STAFF (every unit, or the unit given) or UNIT_REPORTER or UNIT_STAFF "
                    + "(its own unit's deliveries only: another unit given yields an empty list). Others: 403.")
    List<DeliveryView> list(Caller caller,
                            @RequestParam(required = false) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,39}$",
                                    message = "must be a unit code such as LDLD-GD") String unit,
                            @RequestParam(required = false) @Pattern(regexp = "^[0-9a-fA-F-]{36}$",
                                    message = "must be a plan id (UUID)") String planId,
                            @RequestParam(required = false) DeliveryStatus status,
                            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        caller.require(Role.PROVINCE_STAFF, Role.UNIT_REPORTER, Role.UNIT_STAFF);
        String unitCode = unit;
        if (!caller.isStaff()) {
            String own = caller.requireUnit();
            if (unit != null && !unit.equals(own)) {
                return List.of();
            }
            unitCode = own;
        }
        Criteria criteria = new Criteria();
        if (unitCode != null) {
            criteria.and("unitCode").is(unitCode);
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
