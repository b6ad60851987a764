package vn.ldld.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTests {

    private static final List<String> OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path target;

    private Path jar;

    @BeforeEach
    void buildJar() throws Exception {
        this.jar = Files.writeString(this.target.resolve("report-service-0.1.0-SNAPSHOT-exec.jar"), "a jar");
        Files.setLastModifiedTime(this.jar, FileTime.from(Instant.parse("2026-12-04T10:00:00Z")));
    }

    @Test
    void livesBesideItsJarAndStartsTheServiceFromTheExtractedJar() {
        ClassDataSharing cds = new ClassDataSharing(this.jar, OPTIONS);

        assertThat(cds.archive()).isEqualTo(this.target.resolve("cds/app.jsa"));
        assertThat(cds.extractedJar()).isEqualTo(this.target.resolve("cds/report-service-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(cds.runOptions()).containsExactly("-XX:SharedArchiveFile=" + this.target.resolve("cds/app.jsa"));
    }

    @Test
    void isReadyOnlyOnceTheArchiveOfThisJarIsStamped() throws Exception {
        ClassDataSharing cds = new ClassDataSharing(this.jar, OPTIONS);
        assertThat(cds.ready()).isFalse();

        made(cds);
        assertThat(cds.ready()).isFalse();
        cds.markReady();

        assertThat(cds.ready()).isTrue();
        assertThat(new ClassDataSharing(this.jar, OPTIONS).ready()).isTrue();
    }

    @Test
    void aRebuiltJarOrOtherJvmOptionsMakeTheArchiveStale() throws Exception {
        ClassDataSharing cds = new ClassDataSharing(this.jar, OPTIONS);
        made(cds);
        cds.markReady();

        assertThat(new ClassDataSharing(this.jar, List.of("-Xmx384m")).ready()).isFalse();
        Files.setLastModifiedTime(this.jar, FileTime.from(Instant.parse("2026-12-04T11:00:00Z")));
        assertThat(new ClassDataSharing(this.jar, OPTIONS).ready()).isFalse();
        Files.writeString(this.jar, "another jar, built since");
        assertThat(new ClassDataSharing(this.jar, OPTIONS).ready()).isFalse();
    }

    @Test
    void aMissingArchiveIsNotReadyWhateverTheStamp() throws Exception {
        ClassDataSharing cds = new ClassDataSharing(this.jar, OPTIONS);
        made(cds);
        cds.markReady();

        Files.delete(cds.archive());

        assertThat(cds.ready()).isFalse();
    }

    private static void made(ClassDataSharing cds) throws Exception {
        Files.createDirectories(cds.archive().getParent());
        Files.writeString(cds.archive(), "archive");
        Files.writeString(cds.extractedJar(), "extracted");
    }

}
