package vn.ldld.identity.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import vn.ldld.identity.IdentityServiceApplication;

/** The signing key outlives a restart: the same file, the same published key. */
class SigningKeyRestartTests {

    @TempDir
    Path directory;

    @Test
    void aRestartWithTheSameKeyFilePublishesTheSameKeyId() throws Exception {
        Path keyFile = this.directory.resolve("identity-jwk.json");

        String first = publishedKeyId(keyFile);
        String keyFileAfterFirstRun = Files.readString(keyFile);
        String second = publishedKeyId(keyFile);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(keyFile)).isEqualTo(keyFileAfterFirstRun);
        assertThat(publishedKeyId(this.directory.resolve("another.json"))).as("another file, another key")
                .isNotEqualTo(first);
    }

    @Test
    void aBrokenKeyFileStopsTheServiceInsteadOfReplacingTheKey() throws Exception {
        Path keyFile = this.directory.resolve("broken.json");
        Files.writeString(keyFile, "{\"kty\":\"RSA\"");

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(keyFile))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a valid JWK");
        assertThat(Files.readString(keyFile)).isEqualTo("{\"kty\":\"RSA\"");
    }

    private static String publishedKeyId(Path keyFile) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IdentityServiceApplication.class)
                .run("--server.port=0", "--identity.key.file=" + keyFile, "--spring.jmx.enabled=false")) {
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> jwks = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/jwks")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(jwks.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(jwks.body()).get("keys").get(0).get("kid").asString();
        }
    }
}
