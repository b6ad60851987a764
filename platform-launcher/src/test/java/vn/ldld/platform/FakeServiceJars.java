package vn.ldld.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes a {@link FakeService} jar where each service's Spring Boot exec jar would be. */
final class FakeServiceJars {

    private FakeServiceJars() {
    }

    static void writeAll(Path repoRoot) throws IOException {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            write(repoRoot.resolve(spec.module()).resolve("target").resolve(spec.module() + "-0.1.0-SNAPSHOT-exec.jar"));
        }
    }

    /** Writes a jar without a manifest where {@code spec}'s jar would be: {@code java -jar} exits at once. */
    static void writeBroken(Path repoRoot, ServiceSpec spec) throws IOException {
        Path jar = repoRoot.resolve(spec.module()).resolve("target").resolve(spec.module() + "-0.1.0-SNAPSHOT-exec.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("empty.txt"));
            out.closeEntry();
        }
    }

    private static void write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }

}
