package vn.ldld.identity.account;

import java.util.List;

/**
 * An account that may sign in, with its password already hashed.
 *
 * @param username     the sign-in name, the token's {@code sub}
 * @param passwordHash the encoded password ({@code {bcrypt}...})
 * @param displayName  the {@code name} claim
 * @param roles        the {@code roles} claim
 * @param unit         the {@code unit} claim, or {@code null} for an account of no unit
 */
public record Account(String username, String passwordHash, String displayName, List<String> roles, String unit) {

    public Account {
        roles = List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Account[username=" + username + ", roles=" + roles + ", unit=" + unit + "]";
    }
}
