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

    /**
     * @return the event names of the schema files in {@code schemas/}: {@code plan-published} for version 1,
     *         {@code plan-published.v2} for a later version
     */
    static Stream<String> schemaEventNames() {
        try (Stream<Path> files = Files.list(resolve("schemas"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .map(name -> name.endsWith(".v1") ? name.substring(0, name.length() - ".v1".length()) : name)
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file name base of an event name: {@code plan-published.v1}, {@code plan-published.v2} */
    static String fileBase(String name) {
        return name.matches(".+\\.v\\d+") ? name : name + ".v1";
    }
}
