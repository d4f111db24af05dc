package vn.vanthu.web;

import java.util.Optional;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, each remembering the raw target of the request it is parsing.
 * When Jetty refuses a target it cannot decode (a {@code %00}, a bad percent-encoding such as
 * {@code %2}), it replaces it with {@code /badMessage} or {@code /badURI} before the error handler
 * runs; the raw target lets {@link SecurityHeaders.OnProtocolErrors} still answer an /api request
 * with the API's JSON error.
 */
final class RawTargetConnections extends HttpConnectionFactory {
    RawTargetConnections(HttpConfiguration config) {
        super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        // As HttpConnectionFactory.newConnection does, with the remembering connection.
        RememberingConnection connection = new RememberingConnection(getHttpConfiguration(), connector, endPoint);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** The raw request target (as sent: origin or absolute form) of the request on this connection, if known. */
    static Optional<String> rawTarget(Request request) {
        try {
            return request.getConnectionMetaData().getConnection() instanceof RememberingConnection c
                    ? Optional.ofNullable(c.target) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final class RememberingConnection extends HttpConnection {
        private volatile String target;

        RememberingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
            super(config, connector, endPoint);
        }

        @Override
        protected RequestHandler newRequestHandler() {
            return new RequestHandler() {
                @Override
                public void messageBegin() {
                    target = null; // a new request on a kept-alive connection
                    super.messageBegin();
                }

                @Override
                public void startRequest(String method, String uri, HttpVersion version) {
                    target = uri;
                    super.startRequest(method, uri, version);
                }
            };
        }
    }
}
