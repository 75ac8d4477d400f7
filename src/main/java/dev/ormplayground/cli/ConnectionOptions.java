package dev.ormplayground.cli;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.NetworkMode;
import picocli.CommandLine.Option;

/** How the runs reach the database: {@code --network} and {@code --rtt}, shared by every measuring command. */
final class ConnectionOptions {

    @Option(names = "--network", paramLabel = "MODE", defaultValue = "in-process",
            description = "in-process (default) or tcp (an H2 TCP server on 127.0.0.1).")
    String network;

    @Option(names = "--rtt", paramLabel = "MS", defaultValue = "0",
            description = "Simulated network round trip added to every statement, 0-50 ms, fractions allowed "
                    + "(default: ${DEFAULT-VALUE}).")
    double rttMillis;

    @Option(names = "--capture", paramLabel = "on|off", defaultValue = "on",
            description = "off runs without p6spy, to measure what the capture costs (default: ${DEFAULT-VALUE}).")
    String capture;

    ConnectionSettings settings(DataOptions dataOptions) {
        if (!capture.equals("on") && !capture.equals("off")) {
            throw dataOptions.usage("--capture must be on or off, got '" + capture + "'");
        }
        try {
            return new ConnectionSettings(NetworkMode.parse(network), rttMillis, capture.equals("on"));
        } catch (IllegalArgumentException e) {
            throw dataOptions.usage(e.getMessage());
        }
    }
}
