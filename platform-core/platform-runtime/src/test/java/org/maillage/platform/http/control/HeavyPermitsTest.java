package org.maillage.platform.http.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeavyPermitsTest {

    private final HeavyPermits permits = new HeavyPermits();

    @Test
    void aCooperationGetsAtMostItsTurnsAndOthersAreNotCounted() {
        Optional<Runnable> a = permits.take("a", 2, 0);
        Optional<Runnable> b = permits.take("a", 2, 0);
        assertTrue(a.isPresent() && b.isPresent());
        assertTrue(permits.take("a", 2, 50).isEmpty(), "a third heavy request of the same cooperation waits, then is refused");
        assertTrue(permits.take("other", 2, 0).isPresent(), "another cooperation has turns of its own");
        a.get().run();
        assertTrue(permits.take("a", 2, 0).isPresent(), "a turn given back is taken again");
    }

    @Test
    void aTurnIsGivenBackOnceHoweverOftenItEnds() {
        Runnable turn = permits.take("b", 1, 0).orElseThrow();
        turn.run();
        turn.run();
        assertTrue(permits.take("b", 1, 0).isPresent());
        assertTrue(permits.take("b", 1, 0).isEmpty(), "the second give-back did not make a second turn");
    }

    @Test
    void aWaitingRequestGetsTheTurnGivenBackWhileItWaits() throws Exception {
        Runnable turn = permits.take("c", 1, 0).orElseThrow();
        CompletableFuture<Optional<Runnable>> waiting = CompletableFuture.supplyAsync(() -> permits.take("c", 1, 5_000));
        Thread.sleep(100);
        turn.run();
        assertTrue(waiting.get(5, TimeUnit.SECONDS).isPresent());
    }
}
