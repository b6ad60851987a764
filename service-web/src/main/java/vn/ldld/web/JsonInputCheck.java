package vn.ldld.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads every JSON request body once before it is bound and refuses, naming the field, what would otherwise be
 * stored other than as sent or not explained in plain words:
 * <ul>
 *     <li>text that is not valid Unicode (a lone UTF-16 surrogate such as {@code \ud800}, which the store would
 *     replace with U+FFFD) or holds the NUL character;</li>
 *     <li>a number too large for a double (it would become infinity) or too close to zero (it would become 0);</li>
 *     <li>malformed JSON, described without the parser's internals, and JSON in another encoding than UTF-8.</li>
 * </ul>
 * The body is at most the configured body size, so holding it once more costs little.
 */
@ControllerAdvice
public class JsonInputCheck extends RequestBodyAdviceAdapter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.constraints(Integer.MAX_VALUE)).build();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = input.getHeaders().getContentType();
        if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || type.getSubtype().endsWith("+json"))) {
            return input;
        }
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw new InvalidRequestException("Content-Type", "JSON must be sent as UTF-8 (charset=utf-8, or no "
                    + "charset)");
        }
        byte[] body = input.getBody().readAllBytes();
        check(body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** @throws InvalidRequestException naming the first field that is wrong */
    static void check(byte[] body) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    // a wrong name is reported at the object holding it: the name itself cannot be shown as it is
                    case PROPERTY_NAME -> checkText(parser.currentName(), path(parser.streamReadContext().getParent()));
                    case VALUE_STRING -> checkText(parser.getString(), path(parser.streamReadContext()));
                    case VALUE_NUMBER_FLOAT -> checkNumber(parser);
                    default -> {
                    }
                }
            }
        } catch (JacksonException e) {
            throw new InvalidRequestException(JsonSyntax.aboutAValue(e) ? path(e) : "body", JsonSyntax.describe(e));
        }
    }

    private static void checkText(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InvalidRequestException(field, "contains the NUL character (\\u0000), which text may "
                        + "not hold");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidRequestException(field, String.format("is not valid Unicode text: \\u%04x at "
                        + "character %d is half of a character (a lone surrogate)", (int) c, i + 1));
            }
        }
    }

    private static void checkNumber(JsonParser parser) {
        BigDecimal exact = parser.getDecimalValue();
        double stored = parser.getDoubleValue();
        String field = path(parser.streamReadContext());
        if (Double.isInfinite(stored)) {
            throw new InvalidRequestException(field, "too large: numbers go up to about 1.7e308");
        }
        if (stored == 0 && exact.signum() != 0) {
            throw new InvalidRequestException(field, "too close to zero: it would be stored as 0 (the smallest "
                    + "number is about 4.9e-324)");
        }
    }

    /** The field path ({@code phases[0].title}) of the value {@code context} is at, {@code body} for the root. */
    private static String path(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        append(path, context);
        return path.isEmpty() ? "body" : path.toString();
    }

    private static void append(StringBuilder path, TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(path, context.getParent());
        if (context.inArray()) {
            path.append('[').append(context.getCurrentIndex()).append(']');
        } else if (context.currentName() != null) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(context.currentName());
        }
    }

    private static String path(JacksonException e) {
        Object processor = e.processor();
        return processor instanceof JsonParser parser ? path(parser.streamReadContext()) : "body";
    }
}
