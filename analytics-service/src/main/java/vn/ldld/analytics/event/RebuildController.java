package vn.ldld.analytics.event;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The rebuild command: reset the read models and replay the topics from the beginning. */
@RestController
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts a rebuild; the numbers come back as the replay proceeds. */
    @PostMapping("/api/analytics/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildResult rebuild() {
        return rebuild.run();
    }
}
