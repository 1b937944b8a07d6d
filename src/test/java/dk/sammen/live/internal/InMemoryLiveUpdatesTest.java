package dk.sammen.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.live.PresenceChanged;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class InMemoryLiveUpdatesTest {

    final InMemoryLiveUpdates live = new InMemoryLiveUpdates();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String name) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
        SecurityContextHolder.setContext(context);
    }

    private static String me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "nobody" : auth.getName();
    }

    @Test
    void each_subscriber_hears_of_a_change_as_itself_and_the_writer_stays_the_writer() {
        List<String> heardAs = new ArrayList<>();
        signIn("mette");
        var mette = live.subscribe(7, event -> heardAs.add("mette page: " + me()));
        signIn("kamilla");
        var kamilla = live.subscribe(7, event -> heardAs.add("kamilla page: " + me()));

        signIn("nanna");
        live.publish(new PresenceChanged(7, List.of()));

        assertThat(heardAs).containsExactly("mette page: mette", "kamilla page: kamilla");
        assertThat(me()).as("the writer after the fan-out").isEqualTo("nanna");
        mette.close();
        kamilla.close();
        assertThat(live.subscriberCount(7)).isZero();
    }

    @Test
    void a_failing_subscriber_neither_stops_the_others_nor_leaves_its_identity_behind() {
        List<String> heardAs = new ArrayList<>();
        signIn("mette");
        live.subscribe(8, event -> {
            throw new IllegalStateException("a broken page");
        });
        signIn("kamilla");
        live.subscribe(8, event -> heardAs.add(me()));

        SecurityContextHolder.clearContext();
        live.publish(new PresenceChanged(8, List.of()));

        assertThat(heardAs).containsExactly("kamilla");
        assertThat(me()).isEqualTo("nobody");
    }
}
