package vn.ldld.identity.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts that may sign in, from configuration ({@code identity.accounts}); a deployment replaces the whole list
 * (e.g. {@code SPRING_APPLICATION_JSON}) and turns the demo accounts off with {@code IDENTITY_DEMO_ACCOUNTS=false}.
 *
 * @param accounts     every configured account
 * @param demoAccounts whether accounts marked {@code demo: true} may sign in
 */
@ConfigurationProperties("identity")
public record AccountProperties(List<AccountDefinition> accounts, @DefaultValue("true") boolean demoAccounts) {

    public AccountProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * One account as configured.
     *
     * @param username    the sign-in name (unique, case-sensitive)
     * @param password    the password, plain (hashed at startup) or already encoded with an {@code {id}} prefix
     *                    such as {@code {bcrypt}...}
     * @param displayName the person's or office's name, the {@code name} claim
     * @param roles       platform roles: {@code PROVINCE_STAFF}, {@code UNIT_REPORTER}, {@code UNIT_STAFF}, {@code VIEWER}
     * @param unit        the unit code of a unit's account, the {@code unit} claim; empty for others
     * @param demo        demo data, refused when demo accounts are switched off
     */
    public record AccountDefinition(String username, String password, String displayName,
                                    List<String> roles, String unit, boolean demo) {

        public AccountDefinition {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            // never the password
            return "AccountDefinition[username=" + username + ", roles=" + roles + ", unit=" + unit + ", demo=" + demo
                    + "]";
        }
    }
}
