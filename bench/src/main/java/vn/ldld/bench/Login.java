package vn.ldld.bench;

/**
 * Whose token the requests carry: an account of the identity service at {@code issuer} (by default province staff,
 * who may submit on any unit's behalf).
 */
record Login(String issuer, String account, String password) {

    static final Login DEFAULT = new Login("http://localhost:9000", "staff", "demo");

    /**
     * @return this login with {@code --issuer}, {@code --account} or {@code --password} set
     * @throws IllegalArgumentException for another flag
     */
    Login with(String flag, String value) {
        return switch (flag) {
            case "--issuer" -> new Login(value.replaceAll("/$", ""), account, password);
            case "--account" -> new Login(issuer, value, password);
            case "--password" -> new Login(issuer, account, value);
            default -> throw new IllegalArgumentException("unknown option " + flag);
        };
    }

    StaffToken token() {
        return new StaffToken(issuer, account, password);
    }
}
