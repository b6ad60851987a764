package vn.ldld.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Says in plain words what makes a body unreadable JSON, where it is, without the parser's own message (which names
 * its classes and settings, and for a long text a length it had read so far rather than the real one).
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /** Whether the error is about one value (a number that is not one), which is then named as the field. */
    static boolean aboutAValue(JacksonException e) {
        String message = original(e);
        return message.startsWith("Non-standard token") || message.contains("Leading zeroes")
                || message.startsWith("Invalid numeric value") || message.contains("Number value length")
                || message.startsWith("Numeric value");
    }

    static String describe(JacksonException e) {
        String message = original(e);
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "nested deeper than " + JsonLimits.MAX_DEPTH + " levels of objects and arrays";
            }
            if (message.contains("Number value length")) {
                return "a number longer than " + JsonLimits.MAX_NUMBER_LENGTH + " digits";
            }
            return "over a size limit of the API";
        }
        if (message.startsWith("Non-standard token")) {
            return "not a number: NaN and Infinity are not numbers in JSON";
        }
        if (message.contains("Leading zeroes")) {
            return "not a number: a number may not start with 0 (write 7, not 007)";
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Numeric value")) {
            return "not a valid number";
        }
        String where = location(e);
        if (message.startsWith("Unexpected end-of-input")) {
            return "the JSON ends before it is complete" + where;
        }
        if (message.contains("Invalid UTF-8")) {
            return "not valid UTF-8 text" + where;
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character (such as a line break) must be escaped in a JSON string (\\n)" + where;
        }
        if (message.contains("double-quote to start property name")) {
            return "a field name must be in double quotes, after { or a comma" + where;
        }
        return "not valid JSON" + where;
    }

    private static String original(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null ? "" : message;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
