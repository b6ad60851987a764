package vn.ldld.gateway.error;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Puts {@link UnreadableRequestAnswers} on every connection, with the limits the answers name: the request line
 * ({@code server.netty.max-initial-line-length}) and all the headers together
 * ({@code server.max-http-request-header-size}).
 */
@Component
class UnreadableRequests implements NettyServerCustomizer {

    static final String HANDLER = "gateway.unreadableRequestAnswers";

    private final ProblemResponder problems;
    private final long maxRequestLine;
    private final long maxHeaders;

    UnreadableRequests(ProblemResponder problems,
                       @Value("${server.netty.max-initial-line-length:4KB}") DataSize maxRequestLine,
                       @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
        this.problems = problems;
        this.maxRequestLine = maxRequestLine.toBytes();
        this.maxHeaders = maxHeaders.toBytes();
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER,
                        new UnreadableRequestAnswers(this::detail, problems));
            }
        });
    }

    String detail(int status) {
        return switch (status) {
            case 414 -> "The request's address (path and query) is longer than the " + maxRequestLine
                    + " bytes the gateway accepts.";
            case 431 -> "The request's headers are larger than the " + maxHeaders + " bytes the gateway accepts "
                    + "in all.";
            default -> "The request could not be read: its path, its query or one of its headers is malformed.";
        };
    }
}
