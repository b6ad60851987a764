package vn.ldld.web;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits every JSON request body is read with. Texts have no limit of their own here: the body limit bounds
 * them, and each field's own limit (a {@code @Size}, a template's section length) names the field and the length it
 * allows.
 */
public final class JsonLimits {

    /** Deepest nesting of objects and arrays. */
    public static final int MAX_DEPTH = 32;
    /** Most digits in a number. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private JsonLimits() {
    }

    /** The constraints, with strings bounded only by {@code maxBodySize}, the most a body can hold. */
    public static StreamReadConstraints constraints(long maxBodySize) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(maxBodySize, 1)))
                .build();
    }
}
