package vn.ldld.platform;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so that big logs cost nothing. */
final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {
    }

    static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        }
        catch (IOException ex) {
            return List.of("(cannot read " + file + ": " + ex.getMessage() + ")");
        }
    }

    /** @return the last lines, indented, under a heading naming the file */
    static String excerpt(Path file, int count) {
        StringBuilder text = new StringBuilder("--- last " + count + " lines of " + file + " ---\n");
        lastLines(file, count).forEach((line) -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }

}
