package vn.ldld.gateway.error;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.ssl.SslHandler;
import vn.ldld.gateway.correlation.CorrelationIds;
import vn.ldld.gateway.edge.SecurityHeaders;

/**
 * Sits on each connection just above the HTTP codec and turns the bare error answers written below Spring into
 * problems: requests Netty could not decode (a request line over its limit: 414, headers over theirs: 431, anything
 * malformed: 400) and requests whose address Spring could not parse (a backslash in the path: 400) are answered with
 * an empty body and none of the gateway's headers. Those answers are recognised as error statuses without a
 * {@code Content-Type} and with no body, which no answer of the gateway or of a service written through Spring has;
 * each is replaced by problem+json with a new correlation id and the security headers. A {@code HEAD} request gets
 * the headers only.
 */
final class UnreadableRequestAnswers extends ChannelDuplexHandler {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequestAnswers.class);
    /** More requests than this waiting for their answers on one connection is not a browser or an API client. */
    private static final int MAX_PENDING = 64;

    private final IntFunction<String> details;
    private final ProblemResponder problems;
    private final Deque<Boolean> pendingHeads = new ArrayDeque<>();

    /**
     * @param details  the detail of the problem for each status
     * @param problems writes the JSON
     */
    UnreadableRequestAnswers(IntFunction<String> details, ProblemResponder problems) {
        this.details = details;
        this.problems = problems;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            if (pendingHeads.size() >= MAX_PENDING) {
                pendingHeads.poll();
            }
            pendingHeads.add(HttpMethod.HEAD.equals(request.method()));
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
            boolean head = Boolean.TRUE.equals(pendingHeads.poll());
            if (msg instanceof FullHttpResponse full && bare(full)) {
                FullHttpResponse problem = problem(full, head, ctx.pipeline().get(SslHandler.class) != null);
                full.release();
                super.write(ctx, problem, promise);
                return;
            }
        }
        super.write(ctx, msg, promise);
    }

    private static boolean bare(FullHttpResponse response) {
        return response.status().code() >= 400 && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                && response.content().readableBytes() == 0;
    }

    private FullHttpResponse problem(FullHttpResponse bare, boolean head, boolean secure) {
        int status = bare.status().code();
        String correlationId = UUID.randomUUID().toString();
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(known != null ? known.getReasonPhrase() : bare.status().reasonPhrase());
        problem.setDetail(details.apply(status));
        problem.setProperty("correlationId", correlationId);
        byte[] body = problems.json(problem);
        log.atInfo().setMessage("Unreadable request refused").addKeyValue("correlationId", correlationId)
                .addKeyValue("status", status).log();

        FullHttpResponse answer = new DefaultFullHttpResponse(bare.protocolVersion(), bare.status(),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        answer.headers().set(bare.headers());
        answer.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        answer.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        answer.headers().set(CorrelationIds.HEADER, correlationId);
        SecurityHeaders.write(answer.headers()::set, true, secure);
        return answer;
    }
}
