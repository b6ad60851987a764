package vn.ldld.identity.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.ldld.identity.account.AccountProperties.AccountDefinition;

/**
 * The accounts that may sign in, checked and hashed once at startup. A configuration mistake (a duplicate username,
 * an unknown role, a unit reporter without a unit, a missing password) stops the service rather than letting a broken
 * account in.
 */
@Service
public class AccountDirectory implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);
    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]+}.+");

    private final Map<String, Account> byUsername;

    public AccountDirectory(AccountProperties properties, PasswordEncoder passwordEncoder) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        int skipped = 0;
        for (AccountDefinition definition : properties.accounts()) {
            if (definition.demo() && !properties.demoAccounts()) {
                skipped++;
                continue;
            }
            Account account = toAccount(definition, passwordEncoder);
            if (accounts.putIfAbsent(account.username(), account) != null) {
                throw new IllegalStateException("identity.accounts: username '" + account.username()
                        + "' is configured twice");
            }
        }
        this.byUsername = Map.copyOf(accounts);
        log.info("{} accounts may sign in ({} demo accounts switched off)", accounts.size(), skipped);
    }

    private static Account toAccount(AccountDefinition definition, PasswordEncoder passwordEncoder) {
        String username = definition.username();
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("identity.accounts: an account has no username");
        }
        if (definition.password() == null || definition.password().isBlank()) {
            throw new IllegalStateException("identity.accounts: account '" + username + "' has no password");
        }
        if (definition.roles().isEmpty()) {
            throw new IllegalStateException("identity.accounts: account '" + username + "' has no role");
        }
        for (String role : definition.roles()) {
            if (!PlatformRoles.ALL.contains(role)) {
                throw new IllegalStateException("identity.accounts: account '" + username + "' has unknown role '"
                        + role + "' (known: " + PlatformRoles.ALL + ")");
            }
        }
        String unit = definition.unit() == null || definition.unit().isBlank() ? null : definition.unit().strip();
        for (String unitRole : List.of(PlatformRoles.UNIT_REPORTER, PlatformRoles.UNIT_STAFF)) {
            if (definition.roles().contains(unitRole) && unit == null) {
                throw new IllegalStateException("identity.accounts: account '" + username
                        + "' is a " + unitRole + " without a unit");
            }
        }
        String displayName = definition.displayName() == null || definition.displayName().isBlank() ? username
                : definition.displayName();
        String hash = ENCODED.matcher(definition.password()).matches() ? definition.password()
                : passwordEncoder.encode(definition.password());
        return new Account(username, hash, displayName, definition.roles(), unit);
    }

    /** @return the account of that username, if it may sign in */
    public Optional<Account> find(String username) {
        return Optional.ofNullable(this.byUsername.get(username));
    }

    /** @return how many accounts may sign in */
    public int size() {
        return this.byUsername.size();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // a fresh object every time: Spring Security erases the password of the one it authenticated
        return find(username)
                .map((account) -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
