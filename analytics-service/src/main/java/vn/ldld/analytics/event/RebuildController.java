package vn.ldld.analytics.event;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ldld.web.security.Caller;
import vn.ldld.web.security.Role;

/**
 * The rebuild command: reset the read models and replay the topics from the beginning. Province staff only, 403 for
 * every other role.
 */
@RestController
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts a rebuild; the numbers come back as the replay proceeds. */
    @PostMapping("/api/analytics/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Resets the read models and replays the topics from the beginning",
            description = "Roles: PROVINCE_STAFF only. Others: 403.")
    RebuildResult rebuild(Caller caller) {
        caller.require(Role.PROVINCE_STAFF);
        return rebuild.run();
    }
}
