package vn.ldld.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: {@code sha256=} and the lower-case hex HMAC-SHA256, keyed with the unit's secret,
 * of {@code <X-Ldld-Timestamp>.<body>}. A receiver recomputes it over the raw body and compares in constant time.
 */
public final class WebhookSignature {

    /** Unix seconds when the call was signed. */
    public static final String TIMESTAMP_HEADER = "X-Ldld-Timestamp";
    /** {@code sha256=<hex>}. */
    public static final String SIGNATURE_HEADER = "X-Ldld-Signature";
    /** Id of the delivery; the same on every retry, so a receiver can deduplicate. */
    public static final String DELIVERY_HEADER = "X-Ldld-Delivery";

    private WebhookSignature() {
    }

    /** The value of {@link #SIGNATURE_HEADER}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
