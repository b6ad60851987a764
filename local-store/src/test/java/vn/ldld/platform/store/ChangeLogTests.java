package vn.ldld.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The store's log of changes, with the process dying ({@code MVStore.closeImmediately}: nothing committed, nothing
 * closed) at the moments that matter.
 */
class ChangeLogTests {

    @TempDir
    Path dir;

    @Test
    void changesForcedToTheLogAreThereAfterACrashThoughTheFileWasNeverCommitted() throws IOException {
        ChangeLog changeLog = open();
        MVMap<Object, Document> reports = changeLog.openMap("databases.report.reports");
        MVMap<String, Object> counters = changeLog.openMap("meta.report.reports");
        Map<Object, Document> expected = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            Document report = new Document("_id", "r" + i).append("unit", "Công đoàn cơ sở " + i)
                    .append("revision", 1);
            reports.put("r" + i, report);
            expected.put("r" + i, report);
        }
        for (int i = 0; i < 300; i += 3) {
            reports.remove("r" + i);
            expected.remove("r" + i);
        }
        Document revised = new Document("_id", "r1").append("unit", "Công đoàn cơ sở 1").append("revision", 2);
        reports.replace("r1", revised);
        expected.put("r1", revised);
        reports.putIfAbsent("r2", new Document("_id", "r2").append("revision", 99));
        counters.put("dataSize", 12345);
        changeLog.force(false);
        crash(changeLog);

        ChangeLog reopened = open();
        assertThat(new HashMap<>(reopened.<Object, Document>openMap("databases.report.reports"))).isEqualTo(expected);
        assertThat(reopened.<String, Object>openMap("meta.report.reports")).containsEntry("dataSize", 12345);
    }

    @Test
    void aChangeCutShortWhenTheProcessDiedIsLeftOutAndEveryOneBeforeItReplayed() throws IOException {
        ChangeLog changeLog = open();
        MVMap<Object, Document> reports = changeLog.openMap("databases.report.reports");
        for (int i = 0; i < 10; i++) {
            reports.put("r" + i, new Document("_id", "r" + i));
        }
        changeLog.force(false);
        Path segment = changeLog.segmentPath(0);
        crash(changeLog);
        try (FileChannel file = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            file.truncate(file.size() - 3);
        }

        ChangeLog reopened = open();
        assertThat(reopened.<Object, Document>openMap("databases.report.reports").keySet())
                .containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8");
    }

    @Test
    void aCheckpointCommitsTheFileAndDeletesTheLogItHoldsAndLaterChangesAreReplayedOnTop() throws IOException {
        ChangeLog changeLog = open();
        MVMap<Object, Document> reports = changeLog.openMap("databases.report.reports");
        reports.put("r1", new Document("_id", "r1").append("revision", 1));
        reports.put("r2", new Document("_id", "r2").append("revision", 1));
        Path first = changeLog.segmentPath(0);
        changeLog.force(true);
        changeLog.checkpoint();
        assertThat(first).doesNotExist();
        reports.put("r2", new Document("_id", "r2").append("revision", 2));
        reports.remove("r1");
        changeLog.force(false);
        crash(changeLog);

        ChangeLog reopened = open();
        assertThat(reopened.<Object, Document>openMap("databases.report.reports"))
                .containsOnlyKeys("r2").containsEntry("r2", new Document("_id", "r2").append("revision", 2));
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.contains(".changes.")))
                    .containsExactly("store.mv.changes.2");
        }
    }

    @Test
    void theChangesOfADroppedCollectionDoNotComeBackIntoANewOneOfTheSameName() throws IOException {
        ChangeLog changeLog = open();
        MVMap<Object, Document> dropped = changeLog.openMap("databases.report.drafts");
        dropped.put("old", new Document("_id", "old"));
        changeLog.force(false);
        changeLog.store().removeMap(dropped);
        changeLog.commitNow();
        MVMap<Object, Document> created = changeLog.openMap("databases.report.drafts");
        created.put("new", new Document("_id", "new"));
        changeLog.force(false);
        crash(changeLog);

        ChangeLog reopened = open();
        assertThat(reopened.<Object, Document>openMap("databases.report.drafts")).containsOnlyKeys("new");
    }

    private ChangeLog open() {
        return ChangeLog.open(dir.resolve("store.mv").toString());
    }

    private static void crash(ChangeLog changeLog) {
        changeLog.store().closeImmediately();
        changeLog.close();
    }
}
