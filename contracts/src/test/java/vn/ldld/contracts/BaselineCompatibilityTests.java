package vn.ldld.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build check: the schemas as they are now must stay compatible with the published baseline.
 * When this fails, the change breaks consumers: publish it as a new type version instead (see README).
 */
class BaselineCompatibilityTests {

    @Test
    void currentSchemasAreCompatibleWithThePublishedBaseline() throws IOException {
        assertThat(ContractCompatibilityCheck.check(ModuleFiles.resolve("baseline"), ModuleFiles.resolve("schemas")))
                .as("breaking changes against baseline/")
                .isEmpty();
    }

    @Test
    void everySchemaIsInTheBaseline() {
        assertThat(ModuleFiles.schemaEventNames())
                .allSatisfy(name -> assertThat(ModuleFiles.resolve("baseline/" + ModuleFiles.fileBase(name) + ".schema.json")).isRegularFile());
    }

    @Test
    void aSchemaMissingFromTheCurrentFolderIsBreaking(@TempDir Path dir) throws IOException {
        Path baseline = Files.createDirectories(dir.resolve("baseline"));
        Path current = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(baseline.resolve("thing-happened.v1.schema.json"), "{\"type\": \"object\"}");

        assertThat(ContractCompatibilityCheck.check(baseline, current))
                .singleElement().asString().startsWith("thing-happened.v1.schema.json: schema removed");
    }

    @Test
    void aNewSchemaVersionIsFineAndChangesAreReportedPerFile(@TempDir Path dir) throws IOException {
        Path baseline = Files.createDirectories(dir.resolve("baseline"));
        Path current = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(baseline.resolve("thing-happened.v1.schema.json"), "{\"properties\": {\"a\": {\"type\": \"string\"}}}");
        Files.writeString(current.resolve("thing-happened.v1.schema.json"), "{\"properties\": {}}");
        Files.writeString(current.resolve("thing-happened.v2.schema.json"), "{\"properties\": {}}");

        assertThat(ContractCompatibilityCheck.check(baseline, current))
                .containsExactly("thing-happened.v1.schema.json #: property 'a' removed");
    }
}
