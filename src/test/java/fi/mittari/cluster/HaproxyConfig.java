package fi.mittari.cluster;

import java.util.List;

/**
 * The HAProxy configuration of the cluster test, the one docs/operations.md shows: an HTTP frontend spreading requests
 * over the Mittari nodes that answer {@code GET /health}, and a TCP frontend sending every database connection to one
 * Galera node, the others standing by. One writer at a time keeps certification conflicts rare; when it dies the
 * connections go to the next node, and the pool's new connections follow.
 */
final class HaproxyConfig {

    private HaproxyConfig() {}

    static String of(int httpPort, List<Integer> appPorts, int sqlPort, int[] galeraPorts) {
        StringBuilder config = new StringBuilder(
                """
                global
                    maxconn 2000

                defaults
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # a connection refused by a dead node is tried again on another one
                    retries 3
                    option redispatch

                frontend mittari
                    mode http
                    bind 127.0.0.1:%d
                    default_backend mittari_nodes

                backend mittari_nodes
                    mode http
                    balance roundrobin
                    option httpchk GET /health
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 2
                """
                        .formatted(httpPort));
        for (int i = 0; i < appPorts.size(); i++) {
            config.append("    server app%d 127.0.0.1:%d check%n".formatted(i + 1, appPorts.get(i)));
        }
        config.append(
                """

                listen galera
                    mode tcp
                    bind 127.0.0.1:%d
                    # pooled connections live long: HAProxy must not cut them while idle
                    timeout client 30m
                    timeout server 30m
                    option mysql-check user haproxy_check post-41
                    default-server inter 500ms fall 2 rise 3 on-marked-down shutdown-sessions
                """
                        .formatted(sqlPort));
        for (int i = 0; i < galeraPorts.length; i++) {
            config.append(
                    "    server db%d 127.0.0.1:%d check%s%n".formatted(i + 1, galeraPorts[i], i == 0 ? "" : " backup"));
        }
        return config.toString();
    }
}
