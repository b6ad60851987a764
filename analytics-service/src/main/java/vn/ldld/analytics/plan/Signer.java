package vn.ldld.analytics.plan;

/**
 * Who signs for the issuing body, e.g. "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Văn A".
 *
 * @param capacity capacity, or {@code null}
 * @param position position
 * @param fullName full name
 */
public record Signer(String capacity, String position, String fullName) {
}
