package vn.ldld.notification.schedule;

import java.time.Clock;
import java.util.Date;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Gauge {@code reminders_due_backlog}: notifications due and not yet handled (a growing value: a stuck scheduler). */
@Component
class DueBacklog {

    DueBacklog(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        Gauge.builder("reminders.due.backlog", () -> mongo.count(Query.query(
                        Criteria.where("status").is(NotificationStatus.PENDING).and("dueAt").lte(Date.from(clock.instant()))),
                        Notification.class))
                .description("Notifications due and not yet sent").register(meters);
    }
}
