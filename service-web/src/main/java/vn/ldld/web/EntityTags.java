package vn.ldld.web;

/** Versions as HTTP entity tags: version 3 is {@code "3"} in {@code ETag} and {@code If-Match}. */
public final class EntityTags {

    /** Never the version of a stored resource: what an entity tag that cannot match stands for. */
    public static final long NO_VERSION = -1;

    private EntityTags() {
    }

    /** The strong entity tag of {@code version}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header requires.
     *
     * @return the version, null for {@code *} (any version), {@link #NO_VERSION} for a tag that cannot match (weak,
     *         malformed, not a version of ours)
     * @throws PreconditionRequiredException when the header is absent or blank
     */
    public static Long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return NO_VERSION;
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return NO_VERSION;
        }
    }
}
