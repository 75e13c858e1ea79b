package io.tradebot.benchmarks.orders;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection on a plain blocking socket: a request out, its answer in, and the next on
 * the same connection. The load generator's own cost per request must stay far below the service's, or it measures
 * itself; the JDK's HttpClient spent 1–2 ms of CPU per order here, this costs a few system calls.
 */
final class HttpConnection implements AutoCloseable {

    /** A status code and the body as text. */
    record Response(int status, String body) {
    }

    private final URI base;
    private final Duration timeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** Sends {@code method path} with {@code headers} (each ending in CRLF) and {@code body} (null for none). */
    Response exchange(String method, String path, String headers, byte[] body) throws IOException {
        connectIfClosed();
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n").append(headers);
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            close(); // the connection's state is unknown: the next request opens a new one
            throw e;
        }
    }

    private void connectIfClosed() throws IOException {
        if (socket != null) {
            return;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) Duration.ofSeconds(5).toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private Response read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        int length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        byte[] body = chunked ? chunks() : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        if (length >= 0 && body.length < length) {
            throw new IOException("the connection closed after " + body.length + " of " + length + " bytes");
        }
        if (closes || !chunked && length < 0) {
            close();
        }
        return new Response(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers are ignored
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
