package vn.ldld.platform;

import java.util.List;

/**
 * One process of the platform as {@code status} shows it.
 *
 * @param name e.g. {@code kafka}, {@code report-service-1}
 * @param pid its pid, or {@code null} if there is no pid file
 * @param port the port it listens (or would listen) on
 * @param alive whether the recorded process runs and is ours
 * @param health {@code UP}, {@code DOWN}, or {@code —} when it is not running
 */
public record StatusRow(String name, Long pid, int port, boolean alive, String health) {

    /** @return the rows as an aligned table with a header */
    public static String table(List<StatusRow> rows) {
        String format = "%-24s %-8s %-6s %-6s %s%n";
        StringBuilder text = new StringBuilder(String.format(format, "NAME", "PID", "PORT", "ALIVE", "HEALTH"));
        for (StatusRow row : rows) {
            text.append(String.format(format, row.name(), (row.pid() != null) ? row.pid() : "—", row.port(),
                    row.alive() ? "yes" : "no", row.health()));
        }
        return text.toString();
    }

}
