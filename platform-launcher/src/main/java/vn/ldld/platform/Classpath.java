package vn.ldld.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The running JVM's classpath as absolute paths, for starting Kafka and Mongo with the same classes.
 * A manifest-only jar (as Maven Surefire uses) is replaced by the entries of its {@code Class-Path}.
 */
final class Classpath {

    private Classpath() {
    }

    static String current() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.addAll(expand(Path.of(entry).toAbsolutePath().normalize()));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> expand(Path entry) {
        List<String> manifestEntries = manifestClassPath(entry);
        return manifestEntries.isEmpty() ? List.of(entry.toString()) : manifestEntries;
    }

    private static List<String> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = (manifest != null) ? manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH) : null;
            if (classPath == null || file.stream().anyMatch((e) -> e.getName().endsWith(".class"))) {
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            for (String uri : classPath.trim().split("\\s+")) {
                entries.add(Path.of(jar.getParent().toUri().resolve(uri)).toString());
            }
            return entries;
        }
        catch (IOException | RuntimeException ex) {
            return List.of();
        }
    }

}
