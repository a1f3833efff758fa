package org.backboneplanner.gateway.web;

import java.util.Map;

import org.backboneplanner.support.problem.ProblemMessages;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * A URL or headers over Netty's limits ({@code server.netty.max-initial-line-length},
 * {@code server.max-http-request-header-size}) are refused by Netty before the request reaches Spring,
 * with an empty 414, 431 or 400. This gives those answers the same problem+json body as every other.
 */
@Component
class NettyRefusals implements NettyServerCustomizer {

    private static final Map<Integer, Problem> PROBLEMS = Map.of(
            414, Problem.ofStatus(HttpStatus.URI_TOO_LONG),
            431, Problem.ofStatus(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
            400, Problem.of(HttpStatus.BAD_REQUEST, "bad-request", "detail.not-http"));

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "backbone.problemBodies", new ProblemBodies());
            }
        });
    }

    /** Fills the empty body of a refusal Netty writes itself. */
    private static final class ProblemBodies extends ChannelDuplexHandler {

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof FullHttpResponse response && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    && PROBLEMS.containsKey(response.status().code())) {
                // the request could not be read, its Accept-Language neither: the product's language
                byte[] body = PROBLEMS.get(response.status().code()).json(ProblemMessages.DEFAULT_LANGUAGE);
                FullHttpResponse withBody = response.replace(Unpooled.wrappedBuffer(body));
                response.release();
                withBody.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                        .set(HttpHeaderNames.CONTENT_LANGUAGE, ProblemMessages.DEFAULT_LANGUAGE.toLanguageTag());
                super.write(context, withBody, promise);
                return;
            }
            super.write(context, message, promise);
        }
    }
}
