package vn.ldld.web;

import java.util.List;

/**
 * The change was based on another version than the stored one (a stale {@code If-Match}, or another write came
 * first): a 412 problem with {@code currentVersion}, naming {@code If-Match}.
 */
public class VersionMismatchException extends RequestRefusedException {

    private final long currentVersion;

    public VersionMismatchException(String message, long currentVersion) {
        super("Stale version", message, List.of(new ApiError("If-Match",
                "does not match the current version " + EntityTags.of(currentVersion))));
        this.currentVersion = currentVersion;
        property("currentVersion", currentVersion);
    }

    /** The stored version. */
    public long currentVersion() {
        return currentVersion;
    }
}
