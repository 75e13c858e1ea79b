package io.tradebot.devkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a process that a test starts and that binds its port seconds later. A port from
 * {@code new ServerSocket(0)} is in the kernel's ephemeral range, which the kernel also hands to outgoing
 * connections: in those seconds any connection (to the database, between services) may take it, and the
 * service then fails with "port in use". So ports come from outside that range (on Linux, below
 * {@code /proc/sys/net/ipv4/ip_local_port_range}'s start), picked at random so that two builds on one
 * machine rarely pick the same, never one handed out before in this JVM, and only if it can be bound now.
 */
public final class FreePorts {

    /** Linux's default ephemeral range, used when the kernel's cannot be read. */
    static final int DEFAULT_EPHEMERAL_LOW = 32768;
    static final int DEFAULT_EPHEMERAL_HIGH = 60999;
    /** The lowest port handed out: well clear of the registered services below it that a machine may run. */
    static final int LOWEST = 15000;
    private static final int ATTEMPTS = 500;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port that was free a moment ago, outside the ephemeral range, and not returned before by this JVM. */
    public static synchronized int next() {
        Range range = range(ephemeralRange());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(range.low(), range.high() + 1);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + range.low() + "-" + range.high() + " after " + ATTEMPTS + " tries");
    }

    /** An inclusive range of ports. */
    record Range(int low, int high) {
    }

    /**
     * Where to pick from, given the kernel's ephemeral range: below it when at least 1,000 ports lie between
     * {@value #LOWEST} and its start, otherwise above it up to 65535.
     */
    static Range range(Range ephemeral) {
        if (ephemeral.low() - 1 - LOWEST >= 1000) {
            return new Range(LOWEST, ephemeral.low() - 1);
        }
        if (65535 - ephemeral.high() >= 1000) {
            return new Range(ephemeral.high() + 1, 65535);
        }
        throw new IllegalStateException("the ephemeral port range " + ephemeral.low() + "-" + ephemeral.high()
                + " leaves no room for test services' ports");
    }

    /** The kernel's ephemeral range, or Linux's default when it cannot be read (another OS). */
    static Range ephemeralRange() {
        try {
            String[] parts = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            return new Range(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (IOException | RuntimeException e) {
            return new Range(DEFAULT_EPHEMERAL_LOW, DEFAULT_EPHEMERAL_HIGH);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
