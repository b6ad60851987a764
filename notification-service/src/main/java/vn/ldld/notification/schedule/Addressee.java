package vn.ldld.notification.schedule;

/**
 * A unit as the schedule knows it, copied from the plan events: whom a notification is for, or whose report it is
 * about.
 *
 * @param code unit code, e.g. {@code LDLD-GD}
 * @param name full Vietnamese name
 * @param shortName short name, or null
 * @param kind unit kind as the plan event gave it, or null when unknown
 * @param parentCode code of the parent unit (receives escalations), or null
 */
public record Addressee(String code, String name, String shortName, String kind, String parentCode) {

    /** A unit known only by its code. */
    public static Addressee known(String code) {
        return new Addressee(code, code, null, null, null);
    }

    /** The name to print: the short name when there is one. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
