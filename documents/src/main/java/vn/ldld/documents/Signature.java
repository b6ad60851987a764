package vn.ldld.documents;

/**
 * The signature block: the capacity in which the signer signs, the position, room for the handwritten signature and
 * the seal, then the name. A blank name prints as a blank, to be written in by hand.
 *
 * @param capacity e.g. "TM. BAN THƯỜNG VỤ", or {@code null}
 * @param position e.g. "PHÓ CHỦ TỊCH", or {@code null}
 * @param fullName e.g. "Nguyễn Thị B", or {@code null}
 */
public record Signature(String capacity, String position, String fullName) {

    /** A signature block to be filled in by hand. */
    public static final Signature BLANK = new Signature(null, null, null);
}
