package dk.sammen.live.internal;

import dk.sammen.Application;
import dk.sammen.live.Presence;
import dk.sammen.live.PresenceService;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A second Sammen server in a process of its own, for the test that kills it: it starts with the
 * given Spring arguments, opens one page of a scoping (as a view does: it joins the presence),
 * says so, and runs until it is killed.
 */
public final class ServerThatDies {

    static final String READY = "A page of the scoping is open on this server";

    private ServerThatDies() {
    }

    public static void main(String[] args) throws InterruptedException {
        long scoping = Long.getLong("sammen.test.scoping", 0L);
        long user = Long.getLong("sammen.test.user", 0L);
        var server = new SpringApplicationBuilder(Application.class).profiles("dev", "postgres").run(args);
        server.getBean(PresenceService.class).join(scoping, new Presence("page-on-the-dying-server", user, "Mette Lund", "ML", "BU",
                List.of("PARTICIPANT"), 2, "purpose"));
        System.out.println(READY);
        Thread.sleep(Long.MAX_VALUE);
    }
}
