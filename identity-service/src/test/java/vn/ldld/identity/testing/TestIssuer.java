package vn.ldld.identity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The identity service under test on a free port chosen before it starts (the issuer URI names the port), with a
 * signing key in a fresh temporary folder.
 */
public final class TestIssuer {

    public final int port = FreePort.find();
    public final URI uri = URI.create("http://localhost:" + port);

    /** Points the service at this port, issuer and key file. */
    public void register(DynamicPropertyRegistry registry) {
        try {
            String keys = Files.createTempDirectory("identity-test").resolve("keys").resolve("jwk.json").toString();
            registry.add("server.port", () -> port);
            registry.add("identity.issuer-uri", uri::toString);
            registry.add("identity.key.file", () -> keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
