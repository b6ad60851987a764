package vn.ldld.notification.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification from {@code templates/<kind>.txt} (UTF-8): the first line is the subject, the rest after
 * a blank line the body; {@code {name}} is replaced by the notification's data.
 */
@Component
class Templates {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy",
            Locale.forLanguageTag("vi"));
    /** The date of issue as documents write it: {@code 12/7/2023}. */
    private static final DateTimeFormatter ISSUED_ON = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Map<NotificationKind, String[]> templates = new EnumMap<>(NotificationKind.class);

    Templates() {
        for (NotificationKind kind : NotificationKind.values()) {
            String path = "templates/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
            try (InputStream in = new ClassPathResource(path).getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                int split = text.indexOf("\n\n");
                templates.put(kind, new String[] {text.substring(0, split).strip(), text.substring(split + 2)});
            } catch (IOException e) {
                throw new UncheckedIOException("Missing template " + path, e);
            }
        }
    }

    Message render(Notification notification) {
        Map<String, String> values = new HashMap<>(notification.details());
        ZoneId zone = ZoneId.of(notification.plan().timeZone() != null ? notification.plan().timeZone()
                : "Asia/Ho_Chi_Minh");
        values.put("planNumber", numberAndDate(notification.plan()));
        values.put("planTitle", notification.plan().title());
        values.put("phase", Integer.toString(notification.phaseNumber()));
        values.put("unitName", notification.unit().name());
        values.put("subjectUnitName", notification.subjectUnit().name());
        values.put("subjectUnitCode", notification.subjectUnit().code());
        values.put("deadline", notification.deadline() == null ? ""
                : LOCAL.format(notification.deadline().atZone(zone)));
        String[] template = templates.get(notification.kind());
        return new Message(fill(template[0], values), fill(template[1], values));
    }

    /**
     * A plan's number with its date of issue, {@code 1/KH-LĐLĐ ngày 12/7/2023}: numbers restart each year, so the
     * number alone does not tell two plans apart. The number alone when the date is unknown.
     */
    static String numberAndDate(PlanRef plan) {
        return plan.issuedOn() == null ? plan.number() : plan.number() + " ngày " + ISSUED_ON.format(plan.issuedOn());
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
