package vn.ldld.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ldld.identity.account.AccountProperties.AccountDefinition;

class AccountDirectoryTests {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static AccountDefinition demoReporter() {
        return new AccountDefinition("ldld-tb", "demo", "Liên đoàn Lao động thị xã Trảng Bàng",
                List.of("UNIT_REPORTER"), "LDLD-TB", true);
    }

    private static AccountDefinition realStaff() {
        return new AccountDefinition("nguyen.van.a", "s3cret-pass", "Nguyễn Văn A", List.of("PROVINCE_STAFF"), null,
                false);
    }

    @Test
    void passwordsAreHashedWithBcryptAtStartup() {
        AccountDirectory directory = new AccountDirectory(new AccountProperties(List.of(realStaff()), true),
                this.encoder);

        Account account = directory.find("nguyen.van.a").orElseThrow();
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("s3cret-pass");
        assertThat(this.encoder.matches("s3cret-pass", account.passwordHash())).isTrue();
        assertThat(account.toString()).doesNotContain(account.passwordHash());
        assertThat(realStaff().toString()).doesNotContain("s3cret-pass");
    }

    @Test
    void anAlreadyEncodedPasswordIsKeptAsConfigured() {
        String hash = this.encoder.encode("from-the-vault");
        AccountDefinition definition = new AccountDefinition("viewer2", hash, "Người xem", List.of("VIEWER"), null,
                false);

        AccountDirectory directory = new AccountDirectory(new AccountProperties(List.of(definition), true),
                this.encoder);

        assertThat(directory.find("viewer2").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    @Test
    void theDemoSwitchLeavesOnlyTheDeploymentsOwnAccounts() {
        AccountDirectory directory = new AccountDirectory(
                new AccountProperties(List.of(demoReporter(), realStaff()), false), this.encoder);

        assertThat(directory.find("ldld-tb")).isEmpty();
        assertThat(directory.find("nguyen.van.a")).isPresent();
        assertThat(directory.size()).isEqualTo(1);
        assertThatThrownBy(() -> directory.loadUserByUsername("ldld-tb"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void userDetailsCarryTheRolesAndAreAFreshObjectEachTime() {
        AccountDirectory directory = new AccountDirectory(new AccountProperties(List.of(demoReporter()), true),
                this.encoder);

        UserDetails first = directory.loadUserByUsername("ldld-tb");
        UserDetails second = directory.loadUserByUsername("ldld-tb");

        assertThat(first).isNotSameAs(second);
        assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UNIT_REPORTER");
        assertThat(directory.find("ldld-tb").orElseThrow().unit()).isEqualTo("LDLD-TB");
    }

    @Test
    void configurationMistakesStopTheService() {
        AccountDefinition reporterWithoutUnit = new AccountDefinition("x", "p", "X", List.of("UNIT_REPORTER"), " ",
                false);
        AccountDefinition unknownRole = new AccountDefinition("y", "p", "Y", List.of("ADMIN"), null, false);
        AccountDefinition noPassword = new AccountDefinition("z", "", "Z", List.of("VIEWER"), null, false);

        AccountDefinition staffWithoutUnit = new AccountDefinition("w", "p", "W", List.of("UNIT_STAFF"), null, false);

        assertThatThrownBy(() -> directoryOf(reporterWithoutUnit)).hasMessageContaining("without a unit");
        assertThatThrownBy(() -> directoryOf(staffWithoutUnit)).hasMessageContaining("UNIT_STAFF without a unit");
        assertThatThrownBy(() -> directoryOf(unknownRole)).hasMessageContaining("unknown role 'ADMIN'");
        assertThatThrownBy(() -> directoryOf(noPassword)).hasMessageContaining("no password");
        assertThatThrownBy(() -> directoryOf(realStaff(), realStaff())).hasMessageContaining("configured twice");
    }

    private AccountDirectory directoryOf(AccountDefinition... definitions) {
        return new AccountDirectory(new AccountProperties(List.of(definitions), true), this.encoder);
    }
}
