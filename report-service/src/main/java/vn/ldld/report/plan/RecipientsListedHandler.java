package vn.ldld.report.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ldld.messaging.cloudevents.InboundEvent;
import vn.ldld.messaging.consumer.EventHandler;
import vn.ldld.report.plan.PlanMessages.RecipientsListed;

/**
 * {@code plan-recipients-listed}: the listed units may report (one bulk write of upserts per chunk); the last chunk
 * of a version drops the units no longer listed, which then can no longer report. A chunk of a version older than
 * the view's is ignored.
 */
@Component
class RecipientsListedHandler implements EventHandler<RecipientsListed> {

    private static final Logger log = LoggerFactory.getLogger(RecipientsListedHandler.class);

    private final PlanViews views;
    private final PlanRecipients recipients;

    RecipientsListedHandler(PlanViews views, PlanRecipients recipients) {
        this.views = views;
        this.recipients = recipients;
    }

    @Override
    public Set<String> types() {
        return Set.of(PlanMessages.RECIPIENTS_LISTED);
    }

    @Override
    public Class<RecipientsListed> payloadType() {
        return RecipientsListed.class;
    }

    @Override
    public void check(RecipientsListed listed, InboundEvent event) {
        event.require(listed.planId() != null, "a valid planId");
        event.require(listed.version() != null && listed.version() >= 1, "a valid version");
        event.require(listed.chunk() != null && listed.chunks() != null && listed.chunk() >= 1
                && listed.chunk() <= listed.chunks(), "a valid chunk of chunks");
        event.require(listed.recipients() != null && listed.recipients().stream().allMatch(r -> r != null
                && r.unit() != null && r.unit().code() != null && r.role() != null), "valid recipients");
    }

    @Override
    public void handle(RecipientsListed listed, InboundEvent event) {
        Optional<PlanView> view = views.find(listed.planId());
        if (view.isPresent() && view.get().version() > listed.version()) {
            log.atInfo().setMessage("Recipients of an older plan version ignored").addKeyValue("planId",
                    listed.planId()).addKeyValue("planVersion", listed.version()).log();
            return;
        }
        recipients.list(listed.planId(), listed.version(), listed.recipients().stream().filter(Objects::nonNull)
                .toList());
        long dropped = Objects.equals(listed.chunk(), listed.chunks())
                ? recipients.dropOlderThan(listed.planId(), listed.version()) : 0;
        views.recipientsChanged(listed.planId());
        log.atInfo().setMessage("Plan recipients listed").addKeyValue("planId", listed.planId())
                .addKeyValue("planVersion", listed.version()).addKeyValue("chunk", listed.chunk())
                .addKeyValue("chunks", listed.chunks()).addKeyValue("recipients", listed.recipients().size())
                .addKeyValue("dropped", dropped).log();
    }
}
