package dev.ormplayground.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A port on 127.0.0.1 that takes every TCP connection and never says a word: what a PostgreSQL
 * client meets behind a stuck server or a proxy whose back end is gone. No real server needed.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> taken = new CopyOnWriteArrayList<>();

    public SilentServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::takeConnections, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void takeConnections() {
        try {
            while (true) {
                taken.add(socket.accept()); // held open, never read or answered
            }
        } catch (IOException closed) {
            // close() ends the loop
        }
    }

    /** A JDBC URL of this port, e.g. {@code jdbc:postgresql://127.0.0.1:40123/orm_test}. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/orm_test";
    }

    /** What a message names it by: {@code 127.0.0.1:40123}. */
    public String hostAndPort() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections it took, to show a client got as far as connecting. */
    public int connectionsTaken() {
        return taken.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : taken) {
            connection.close();
        }
    }
}
