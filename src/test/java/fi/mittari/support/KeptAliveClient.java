package fi.mittari.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The benchmarks' HTTP/1.1 client for one fixed request: each calling thread keeps its own connection open and sends
 * the request on it, reading the answer on the same thread. The JDK's HttpClient hands every answer from its selector
 * thread to a worker thread and on to the caller, three threads for one exchange; on a starved machine each hand-over
 * waits for a core, and the benchmark measured that waiting as if the service had spent it. This client costs the
 * writing of a few hundred bytes and the reading of the answer. Only what the benchmarks send is handled: a body with a
 * Content-Length in both directions (an answer in chunks is refused, not misread).
 */
public final class KeptAliveClient implements AutoCloseable {

    private final InetSocketAddress address;
    private final byte[] request;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();

    /** {@code headers}: the request's headers besides Host, Content-Length and Connection, one "Name: value" each. */
    public KeptAliveClient(URL server, String method, String path, List<String> headers, String body) {
        this.address = new InetSocketAddress(server.getHost(), server.getPort());
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(server.getHost())
                .append(':')
                .append(server.getPort())
                .append("\r\nContent-Length: ")
                .append(content.length)
                .append("\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        this.request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
    }

    /** Sends the request on this thread's connection (opened on first use); the answer's status code. */
    public int send() {
        try {
            Connection connection = connections.get();
            if (connection == null) {
                connection = new Connection(new Socket());
                connection.socket.setTcpNoDelay(true);
                connection.socket.connect(address);
                connection.in = new BufferedInputStream(connection.socket.getInputStream());
                connection.out = connection.socket.getOutputStream();
                connections.set(connection);
                opened.add(connection);
            }
            connection.out.write(request);
            connection.out.flush();
            return connection.readAnswer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes every connection any thread opened. */
    @Override
    public void close() {
        for (Connection connection : opened) {
            try {
                connection.socket.close();
            } catch (IOException e) {
                // already gone: nothing to release
            }
        }
        opened.clear();
    }

    private static final class Connection {
        private final Socket socket;
        private InputStream in;
        private OutputStream out;

        private Connection(Socket socket) {
            this.socket = socket;
        }

        /** Reads the status line, the headers and the body; the status code. */
        private int readAnswer() throws IOException {
            String status = line();
            if (!status.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP/1.1 answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name =
                        header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).strip();
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("transfer-encoding")) {
                    throw new IOException("an answer in chunks, which this client does not read");
                }
            }
            if (length < 0) {
                throw new IOException("an answer without a Content-Length (status " + code + ")");
            }
            in.skipNBytes(length);
            return code;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed in the middle of an answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}
