package vn.ldld.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The contract files as they are in the source tree (not on the class path). */
final class ModuleFiles {

    private ModuleFiles() {
    }

    static Path moduleDir() {
        // Surefire sets basedir; running from an IDE the working directory is the module
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    }

    static Path resolve(String relative) {
        return moduleDir().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the names (e.g. {@code plan-published}) of the v1 schema files in {@code schemas/} */
    static Stream<String> schemaEventNames() {
        try (Stream<Path> files = Files.list(resolve("schemas"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".v1.schema.json"))
                    .map(name -> name.substring(0, name.length() - ".v1.schema.json".length()))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
