package vn.ldld.notification.schedule;

import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications/schedule}: what is scheduled for a plan, for the province staff. */
@RestController
@RequestMapping("/api/notifications/schedule")
class ScheduleController {

    private final Schedule schedule;

    ScheduleController(Schedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping
    List<ScheduleEntry> list(@RequestParam @Pattern(regexp = "^[0-9a-fA-F-]{36}$", message = "must be a plan id (UUID)")
                             String planId,
                             @RequestParam(required = false) NotificationStatus status) {
        return schedule.ofPlan(planId, status).stream().map(ScheduleEntry::of).toList();
    }
}
