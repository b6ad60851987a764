package vn.ldld.contracts;

/**
 * One incompatible difference between a published (baseline) schema and its current version.
 *
 * @param location JSON Pointer (as a URI fragment, e.g. {@code #/$defs/UnitRef}) of the schema in the
 *                 baseline where the change was found
 * @param problem  what changed, e.g. {@code property 'code' removed}
 */
public record BreakingChange(String location, String problem) {

    @Override
    public String toString() {
        return location + ": " + problem;
    }
}
