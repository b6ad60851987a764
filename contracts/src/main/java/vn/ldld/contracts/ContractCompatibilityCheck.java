package vn.ldld.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks every published schema in a baseline folder against the current schemas folder.
 *
 * <p>From the command line (needs only this module's classes):
 * <pre>
 * java -cp contracts/target/classes vn.ldld.contracts.ContractCompatibilityCheck contracts/baseline contracts/schemas
 * </pre>
 * It prints the breaking changes and exits with 1 if there are any, 0 otherwise, 2 on wrong usage.
 * A baseline schema file missing from the current folder is a breaking change; a schema file that is
 * only in the current folder (a new event type or type version) is fine.
 */
public final class ContractCompatibilityCheck {

    private static final String SCHEMA_SUFFIX = ".schema.json";

    private ContractCompatibilityCheck() {
    }

    /**
     * Compares the two folders.
     *
     * @param baselineDir folder with the published {@code *.schema.json} files
     * @param currentDir  folder with the current {@code *.schema.json} files
     * @return one line per breaking change, prefixed with the schema file name; empty when compatible
     * @throws IOException when a folder or file cannot be read
     */
    public static List<String> check(Path baselineDir, Path currentDir) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path baselineFile : schemaFiles(baselineDir)) {
            String fileName = baselineFile.getFileName().toString();
            Path currentFile = currentDir.resolve(fileName);
            if (!Files.isRegularFile(currentFile)) {
                problems.add(fileName + ": schema removed (a published event type version must stay until retired)");
                continue;
            }
            for (BreakingChange change : SchemaCompatibility.breakingChanges(read(baselineFile), read(currentFile))) {
                problems.add(fileName + " " + change);
            }
        }
        return problems;
    }

    /**
     * Command-line entry point.
     *
     * @param args the baseline folder and the current schemas folder
     * @throws IOException when a folder or file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ContractCompatibilityCheck <baseline-dir> <schemas-dir>");
            System.exit(2);
        }
        List<String> problems = check(Path.of(args[0]), Path.of(args[1]));
        if (problems.isEmpty()) {
            System.out.println("Compatible: no breaking change against " + args[0]);
            return;
        }
        System.out.println(problems.size() + " breaking change(s) against " + args[0] + ":");
        problems.forEach(problem -> System.out.println("  " + problem));
        System.exit(1);
    }

    private static List<Path> schemaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SCHEMA_SUFFIX)).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
