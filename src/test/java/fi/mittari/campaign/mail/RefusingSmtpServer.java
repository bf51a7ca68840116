package fi.mittari.campaign.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A minimal SMTP server that refuses some recipients the way a real one does ("550 5.1.1 <address>: Recipient
 * address rejected: User unknown") and accepts, then drops, every other message. GreenMail accepts every address, so
 * a refusal needs this.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Set<String> refused;
    private final Thread thread;

    RefusingSmtpServer(int port, Set<String> refused) throws IOException {
        this.socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        this.refused = refused;
        this.thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                talk(client);
            } catch (IOException closed) {
                // the test closed the server, or the client hung up
            }
        }
    }

    private void talk(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8), true);
        reply(out, "220 refusing.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            } else if (command.startsWith("RCPT TO:")) {
                String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                reply(
                        out,
                        refused.contains(address)
                                ? "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
                                : "250 OK");
            } else if (command.startsWith("DATA")) {
                reply(out, "354 go ahead");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message is dropped
                }
                reply(out, "250 OK");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
