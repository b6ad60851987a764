package vn.ldld.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded generator of malformed and hostile requests made from a valid one: its JSON cut, spliced, filled with
 * control characters, lone surrogates, invalid UTF-8, NUL, huge or tiny numbers, deep nesting, MongoDB operators and
 * foreign types; its headers given wrong content types, hostile idempotency keys, correlation ids, tokens and hosts.
 * The same seed gives the same requests, so a failure can be replayed. {@link #check} holds every answer to the
 * API's rules: never a 5xx, every refusal a problem with the correlation id.
 */
public final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[] SPLICES = {"{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\\udc00",
            "\\u0000", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u2028", "\uFEFF", "NaN", "Infinity",
            "-Infinity", "1e400", "-1e400", "1e-400", "1e18", "9223372036854775808", "-0", "0x10", "007", ".5",
            "null", "true", "\"$ne\"", "{\"$gt\":\"\"}", "{\"$where\":\"sleep(1)\"}", "\"__proto__\"",
            "\"a.b\"", "\"$set\"", "😀", "\uD83D", "Trảng Bàng", "'", "/*x*/", "\t", "\n", " "};
    private static final String[] VALUES = {"null", "true", "[]", "{}", "\"\"", "\" \"", "0", "-1", "1.5", "1e400",
            "-1e400", "1e-400", "4.9e-325", "1e18", "99999999999999999999999", "-9223372036854775809",
            "9007199254740993", "\"\\u0000\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\\ude00\"",
            "{\"$ne\":null}", "{\"$gt\":\"\"}", "[1,2,3]", "\"<script>alert(1)</script>\"",
            "\"'; db.dropDatabase(); '\"", "\"../../etc/passwd\"", "\"%00\"", "\"${jndi:ldap://x/a}\""};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/json;charset=utf-16",
            "application/json;charset=iso-8859-1", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "a/b/c", "", "application/json; charset=\u0085", "application/*", "application/json;;;"};
    private static final String[] HEADER_VALUES = {"", " ", "\"\"", "*", "W/\"1\"", "\"1\"", "\"-1\"", "\"a\u0085b\"",
            "\"x\"".repeat(200), "a".repeat(300), "\u00ff\u00fe", "${jndi:ldap://x/a}", "\"k\u0001\"", "\t\"k\""};

    private final Random random;

    public HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    /** One request to serve to {@link RawHttp#sendBytes}. */
    public record Request(String method, String target, byte[] body, List<String> headers, String how) {

        public String[] headerArray() {
            return headers.toArray(String[]::new);
        }
    }

    /**
     * A request made from a valid one: usually its body spoiled, sometimes its headers, sometimes both.
     *
     * @param headers the valid request's header lines ({@code Name: value}), Content-Type and Authorization among them
     */
    public Request next(String method, String target, String validBody, List<String> headers) {
        List<String> how = new ArrayList<>();
        String body = validBody;
        List<String> sent = new ArrayList<>(headers);
        int pick = random.nextInt(10);
        if (pick < 8) {
            body = spoil(validBody, how);
        }
        if (pick >= 6) {
            sent = spoilHeaders(sent, how);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0) {
            bytes = invalidUtf8(bytes, how);
        }
        return new Request(method, target, bytes, sent, String.join("; ", how));
    }

    /** Bytes no UTF-8 text holds: a stray continuation, an overlong NUL, an encoded surrogate, 0xFF. */
    private byte[] invalidUtf8(byte[] body, List<String> how) {
        byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] bad = invalid[random.nextInt(invalid.length)];
        int at = random.nextInt(body.length + 1);
        how.add("invalid UTF-8 " + java.util.HexFormat.of().formatHex(bad) + " at byte " + at);
        byte[] spoiled = new byte[body.length + bad.length];
        System.arraycopy(body, 0, spoiled, 0, at);
        System.arraycopy(bad, 0, spoiled, at, bad.length);
        System.arraycopy(body, at, spoiled, at + bad.length, body.length - at);
        return spoiled;
    }

    private String spoil(String body, List<String> how) {
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int at = random.nextInt(body.length() + 1);
            switch (random.nextInt(9)) {
                case 0 -> {
                    how.add("cut at " + at);
                    body = body.substring(0, at);
                }
                case 1, 2 -> {
                    String splice = pick(SPLICES);
                    how.add("insert " + visible(splice) + " at " + at);
                    body = body.substring(0, at) + splice + body.substring(at);
                }
                case 3 -> {
                    int end = Math.min(body.length(), at + 1 + random.nextInt(20));
                    how.add("delete " + at + ".." + end);
                    body = body.substring(0, at) + body.substring(end);
                }
                case 4, 5 -> body = replaceValue(body, how);
                case 6 -> {
                    int depth = 20 + random.nextInt(40);
                    how.add("nest " + depth + " deep");
                    body = replaceValue(body, "[".repeat(depth) + "]".repeat(depth), how);
                }
                case 7 -> {
                    int length = random.nextBoolean() ? 30_000 : 300_000;
                    how.add("text of " + length);
                    body = replaceValue(body, "\"" + "ả".repeat(length) + "\"", how);
                }
                default -> {
                    String key = pick(new String[] {"$where", "__proto__", "constructor", "a.b", "$set", "unit",
                            "id", "version", "status", "\\u0000", "\\ud800", "receiptNumber", "submittedAt"});
                    how.add("extra field " + visible(key));
                    body = body.startsWith("{") ? "{\"" + key + "\":" + pick(VALUES) + "," + body.substring(1)
                            : body;
                }
            }
        }
        return body;
    }

    private String replaceValue(String body, List<String> how) {
        return replaceValue(body, pick(VALUES), how);
    }

    /** Replaces the value after a random {@code "name":} of the body by {@code value}. */
    private String replaceValue(String body, String value, List<String> how) {
        List<Integer> colons = new ArrayList<>();
        for (int i = body.indexOf("\":"); i >= 0; i = body.indexOf("\":", i + 1)) {
            colons.add(i + 2);
        }
        if (colons.isEmpty()) {
            return body;
        }
        int start = colons.get(random.nextInt(colons.size()));
        int end = valueEnd(body, start);
        how.add("value at " + start + " := " + visible(value.length() > 40 ? value.substring(0, 40) + "…" : value));
        return body.substring(0, start) + value + body.substring(end);
    }

    /** Where the JSON value starting at {@code start} ends (good enough for the valid bodies it is used on). */
    private static int valueEnd(String body, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return body.length();
    }

    private List<String> spoilHeaders(List<String> headers, List<String> how) {
        List<String> spoiled = new ArrayList<>(headers);
        switch (random.nextInt(8)) {
            case 0 -> {
                String type = pick(CONTENT_TYPES);
                how.add("Content-Type " + visible(type));
                spoiled.replaceAll(h -> h.startsWith("Content-Type:") ? "Content-Type: " + type : h);
            }
            case 1 -> {
                String key = pick(HEADER_VALUES);
                how.add("Idempotency-Key " + visible(key));
                spoiled.add("Idempotency-Key: " + key);
            }
            case 2 -> {
                String id = pick(HEADER_VALUES);
                how.add("X-Request-Id " + visible(id));
                spoiled.add("X-Request-Id: " + id);
            }
            case 3 -> {
                String token = pick(new String[] {"Bearer", "Bearer ", "bearer x", "Basic YTpi", "Bearer a.b.c",
                        "Bearer " + "x".repeat(5000), "Bearer \u0085", TestTokens.algNone()});
                how.add("Authorization " + visible(token.length() > 30 ? token.substring(0, 30) : token));
                spoiled.replaceAll(h -> h.startsWith("Authorization:") ? "Authorization: " + token : h);
            }
            case 4 -> {
                String host = pick(new String[] {"evil.example", "a b", "", "localhost:99999", "[::1", "x\u0085y"});
                how.add("Host " + visible(host));
                spoiled.add("Host: " + host);
            }
            case 5 -> {
                String accept = pick(new String[] {"text/html", "application/xml", "image/png", "*/*;q=x", "a"});
                how.add("Accept " + accept);
                spoiled.add("Accept: " + accept);
            }
            case 6 -> {
                String value = pick(HEADER_VALUES);
                how.add("If-Match " + visible(value));
                spoiled.add("If-Match: " + value);
            }
            default -> {
                how.add("header of 20000 bytes");
                spoiled.add("X-Padding: " + "p".repeat(20_000));
            }
        }
        return spoiled;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            shown.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return shown.toString();
    }

    /**
     * Holds an answer to the API's rules: never a 5xx; a refusal is a problem with the correlation id and no
     * library internals.
     *
     * @return what is wrong with the answer, if anything
     */
    public static Optional<String> fault(Request request, RawHttp.Answer answer) {
        try {
            String what = request.how() + " -> " + answer;
            assertThat(answer.status()).as(what).isLessThan(500);
            if (answer.status() >= 400) {
                assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(answer.body().getBytes(StandardCharsets.UTF_8));
                assertThat(problem.path("status").asInt()).as(what).isEqualTo(answer.status());
                assertThat(problem.path("correlationId").asString()).as(what).isNotBlank();
                assertThat(answer.body()).as(what).doesNotContain("tools.jackson").doesNotContain("Exception")
                        .doesNotContain("StreamReadConstraints").doesNotContain("JsonReadFeature");
            }
            return Optional.empty();
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Counts answers by status, for the test's report. */
    public static final class Tally {

        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private int total;

        public void add(RawHttp.Answer answer) {
            byStatus.merge(answer.status(), 1, Integer::sum);
            total++;
        }

        public int total() {
            return total;
        }

        public int count(int status) {
            return byStatus.getOrDefault(status, 0);
        }

        @Override
        public String toString() {
            return total + " requests, by status " + byStatus;
        }
    }
}
