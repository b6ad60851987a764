package vn.ldld.platform;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} (or {@code --name=value}) command-line flags of the process mains. */
final class Flags {

    private final Map<String, String> values;

    private Flags(Map<String, String> values) {
        this.values = values;
    }

    static Flags parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + args[i] + "', flags look like --name value");
            }
            String flag = args[i].substring(2);
            int eq = flag.indexOf('=');
            if (eq >= 0) {
                values.put(flag.substring(0, eq), flag.substring(eq + 1));
            }
            else if (i + 1 < args.length) {
                values.put(flag, args[++i]);
            }
            else {
                throw new IllegalArgumentException("Flag --" + flag + " needs a value");
            }
        }
        return new Flags(values);
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
