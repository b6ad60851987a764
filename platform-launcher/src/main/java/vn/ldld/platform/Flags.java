package vn.ldld.platform;

import java.util.Map;

import vn.ldld.platform.store.MongoServerMain;

/** {@code --name value} (or {@code --name=value}) command-line flags of the process mains. */
final class Flags {

    private final Map<String, String> values;

    private Flags(Map<String, String> values) {
        this.values = values;
    }

    static Flags parse(String... args) {
        return new Flags(MongoServerMain.flags(args));
    }

    String require(String name) {
        String value = this.values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing required flag --" + name);
        }
        return value;
    }

    String value(String name, String defaultValue) {
        return this.values.getOrDefault(name, defaultValue);
    }

    int intValue(String name, int defaultValue) {
        String value = this.values.get(name);
        return (value != null) ? Integer.parseInt(value) : defaultValue;
    }

}
