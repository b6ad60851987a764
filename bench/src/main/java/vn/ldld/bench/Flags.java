package vn.ldld.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The {@code --name value} or {@code --name=value} options of a bench command, in the order given. */
final class Flags {

    private Flags() {
    }

    /**
     * @return the options {@code parse} makes of {@code args}; for {@code --help} or a wrong option, prints
     * {@code usage} (and what is wrong) and exits with status 2
     */
    static <T> T parseOrExit(String[] args, Function<String[], T> parse, String usage) {
        try {
            return parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().equals("help") ? usage : e.getMessage() + "\n" + usage);
            System.exit(2);
            throw e;
        }
    }

    /** @throws IllegalArgumentException "help" for {@code -h} or {@code --help}; a flag without its value */
    static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new IllegalArgumentException("help");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flags.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                flags.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return flags;
    }
}
