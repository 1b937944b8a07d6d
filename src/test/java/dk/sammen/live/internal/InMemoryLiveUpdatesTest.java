package dk.sammen.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.live.PresenceChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class InMemoryLiveUpdatesTest {

    final ParallelDelivery delivery = new ParallelDelivery(2);
    final InMemoryLiveUpdates live = new InMemoryLiveUpdates(new LocalFanOut(delivery));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        delivery.close();
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

    /**
     * Many open pages: the writer's thread and a helper share them. Every page hears every change
     * once, in the order of the changes, as its own user; the publish returns only when all have
     * heard it; the writer stays the writer.
     */
    @Test
    void many_pages_share_the_delivery_and_each_hears_every_change_once_in_order_as_itself() throws Exception {
        int pages = 10 * ParallelDelivery.SLICE + 3;
        Map<String, List<Integer>> heard = new ConcurrentHashMap<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch helperTookPart = new CountDownLatch(1);
        String writer = Thread.currentThread().getName();
        for (int p = 0; p < pages; p++) {
            String user = "person" + p;
            signIn(user);
            boolean first = p == 0;
            live.subscribe(9, event -> {
                threads.add(Thread.currentThread().getName());
                if (!Thread.currentThread().getName().equals(writer)) helperTookPart.countDown();
                // The first page waits (at most 30 s) until a helper has delivered somewhere: the
                // proof that the pages are shared, without asserting anything about time.
                if (first && Thread.currentThread().getName().equals(writer)) awaitQuietly(helperTookPart);
                heard.computeIfAbsent(me(), k -> new CopyOnWriteArrayList<>()).add(((Numbered) event).number());
            });
        }
        signIn("nanna");
        for (int change = 0; change < 5; change++) {
            live.publish(new Numbered(9, change));
            int expected = change + 1;
            assertThat(heard.values()).as("every page heard change %d when publish returned", change)
                    .allSatisfy(got -> assertThat(got).hasSize(expected));
        }
        assertThat(heard).hasSize(pages);
        assertThat(heard.values()).allSatisfy(got -> assertThat(got).containsExactly(0, 1, 2, 3, 4));
        // A helper always takes part (the first page waits for one if it is on the writer's thread); the
        // writer's thread takes the slices left when it gets to them, which may be none.
        assertThat(threads).as("at least one helper").anyMatch(thread -> !thread.equals(writer));
        assertThat(me()).as("the writer after the fan-out").isEqualTo("nanna");
    }

    private record Numbered(long scopingId, int number) implements dk.sammen.live.ScopingEvent {
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
