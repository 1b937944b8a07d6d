package dk.sammen.live.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * This server among the servers of a cluster: its host name (to read in the database and the logs)
 * and a part that differs at every start, so a restarted server is a new node.
 */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "true")
final class ClusterNode {

    private final String id;

    ClusterNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "server";
        }
        String name = host.length() > 60 ? host.substring(0, 60) : host;
        this.id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String id() {
        return id;
    }
}
