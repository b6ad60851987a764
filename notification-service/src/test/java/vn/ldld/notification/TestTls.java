package vn.ldld.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate for {@link #HOST} made for the tests (keytool of the running JDK), and a trust store holding it that the
 * webhook client is given as its SSL bundle: an https receiver the tests can run on 127.0.0.2.
 */
final class TestTls {

    /** The one name the certificate is for. */
    static final String HOST = "hooks-tls.test";
    static final String PASSWORD = "changeit";

    private static final Path DIRECTORY = create();

    private TestTls() {
    }

    static Path trustStore() {
        return DIRECTORY.resolve("trust.p12");
    }

    /** The receiver's side: its key and certificate. */
    static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(DIRECTORY.resolve("server.p12"))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path create() {
        try {
            Path directory = Files.createTempDirectory("webhook-tls");
            Path server = directory.resolve("server.p12");
            Path certificate = directory.resolve("server.crt");
            keytool("-genkeypair", "-alias", "hooks", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=" + HOST, "-ext", "SAN=dns:" + HOST, "-keystore", server.toString(),
                    "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-alias", "hooks", "-keystore", server.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", "hooks", "-file", certificate.toString(), "-keystore",
                    directory.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(String... arguments) throws IOException {
        String[] command = new String[arguments.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
