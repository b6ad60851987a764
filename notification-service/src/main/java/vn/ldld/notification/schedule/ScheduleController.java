package vn.ldld.notification.schedule;

import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/** {@code /api/notifications/schedule}: what is scheduled for a plan, for the province staff only (others 403). */
@RestController
@RequestMapping("/api/notifications/schedule")
class ScheduleController {

    private final Schedule schedule;

    ScheduleController(Schedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping
    @Operation(summary = "Every notification of a plan by due time",
            description = "Roles: PROVINCE_STAFF only. Others: 403.")
    List<ScheduleEntry> list(Caller caller,
                             @RequestParam @Pattern(regexp = "^[0-9a-fA-F-]{36}$", message = "must be a plan id (UUID)")
                             String planId,
                             @RequestParam(required = false) NotificationStatus status) {
        caller.require(Role.PROVINCE_STAFF);
        return schedule.ofPlan(planId, status).stream().map(ScheduleEntry::of).toList();
    }
}
