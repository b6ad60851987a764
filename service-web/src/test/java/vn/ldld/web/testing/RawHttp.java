package vn.ldld.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests no client library sends as they are: a {@code %00} or a
 * backslash in the path, a raw {@code [} in the query, a malformed {@code Origin}, a method like {@code TRACE},
 * headers or a request line over the server's limits. Each request closes its connection; the answer is read to the
 * end (plain or chunked).
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** {@code GET target} with the given extra header lines ({@code "Name: value"}). */
    public static Answer get(int port, String target, String... headers) {
        return request(port, "GET", target, headers);
    }

    /** {@code method target HTTP/1.1} with {@code Host}, the given header lines and {@code Connection: close}. */
    public static Answer request(int port, String method, String target, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return send(port, request.toString());
    }

    /**
     * Sends {@code METHOD target} to 127.0.0.1:{@code port} with the given header lines (each {@code Name: value},
     * sent as ISO-8859-1 bytes; {@code Host: 127.0.0.1:port} unless one of them is a Host) and body (UTF-8, with its
     * {@code Content-Length}; none when {@code null}).
     */
    public static Answer send(int port, String method, String target, String body, String... headerLines) {
        return sendBytes(port, method, target, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headerLines);
    }

    /** As {@link #send(int, String, String, String, String...)}, with the body's bytes as they are. */
    public static Answer sendBytes(int port, String method, String target, byte[] body, String... headerLines) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (java.util.Arrays.stream(headerLines).noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        head.append("Connection: close\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        return exchange(port, head.toString().getBytes(StandardCharsets.ISO_8859_1), body == null ? new byte[0] : body);
    }

    /** Writes {@code raw} (ISO-8859-1) to 127.0.0.1:{@code port} and reads the whole answer. */
    public static Answer send(int port, String raw) {
        return exchange(port, raw.getBytes(StandardCharsets.ISO_8859_1), new byte[0]);
    }

    private static Answer exchange(int port, byte[] head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write(body);
                out.flush();
            } catch (java.net.SocketException answeredEarly) {
                // the server answered (413, 400) and closed before reading all of a large request: read its answer
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException endOfAnswer) {
            // a server that answers and then resets instead of closing cleanly: what arrived is the answer
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    /**
     * An answer as it came over the wire.
     *
     * @param status  the status code
     * @param headers header values by lower-case name, in order
     * @param body    the body, UTF-8
     */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }

        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** Every value of a header (empty when absent). */
        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }
}
