package vn.ldld.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ReadListener;

/** A chunked body read ahead by {@link BodyLimitFilter} is handed on whole, to blocking and to async readers. */
class BodyStreamTests {

    private static final byte[] BODY = "{\"text\":\"Trảng Bàng\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBlockingReaderGetsTheWholeBodyThenTheEnd() throws IOException {
        BodyLimitFilter.BodyStream stream = new BodyLimitFilter.BodyStream(BODY);

        assertThat(stream.isFinished()).isFalse();
        assertThat(stream.readAllBytes()).isEqualTo(BODY);
        assertThat(stream.isFinished()).isTrue();
        assertThat(stream.read()).isEqualTo(-1);
    }

    @Test
    void anAsyncReaderIsToldTheDataIsThereThenThatItIsAllRead() {
        BodyLimitFilter.BodyStream stream = new BodyLimitFilter.BodyStream(BODY);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        StringBuilder events = new StringBuilder();

        stream.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                events.append("data ");
                byte[] buffer = new byte[8];
                while (stream.isReady() && !stream.isFinished()) {
                    received.write(buffer, 0, stream.read(buffer));
                }
            }

            @Override
            public void onAllDataRead() {
                events.append("end");
            }

            @Override
            public void onError(Throwable t) {
                events.append("error ");
            }
        });

        assertThat(events.toString()).isEqualTo("data end");
        assertThat(received.toByteArray()).isEqualTo(BODY);
    }

    @Test
    void anEmptyBodyIsAtItsEndAtOnce() {
        BodyLimitFilter.BodyStream stream = new BodyLimitFilter.BodyStream(new byte[0]);
        StringBuilder events = new StringBuilder();

        stream.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() {
                events.append("data ");
            }

            @Override
            public void onAllDataRead() {
                events.append("end");
            }

            @Override
            public void onError(Throwable t) {
                events.append("error ");
            }
        });

        assertThat(events.toString()).isEqualTo("end");
    }
}
