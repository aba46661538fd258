package io.cairndb.launcher.fault;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class PolledFileTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(PolledFile.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @TempDir
    Path dir;

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    /**
     * Two readers re-read the file at the same moment: the first is held inside its parse while
     * the second reads, installs and logs the new value; the first then logs nothing.
     */
    @Test
    void aChangeTwoReadersSeeAtOnceIsLoggedOnce() throws Exception {
        Path file = dir.resolve("n1");
        Files.writeString(file, "5");
        CountDownLatch firstParsing = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicInteger parses = new AtomicInteger();
        PolledFile<Integer> polled = new PolledFile<>(file, 0, text -> {
            if (parses.incrementAndGet() == 1) {
                firstParsing.countDown();
                awaitOrFail(secondDone);
            }
            return Integer.valueOf(text);
        }, () -> 0L, "test_value");

        AtomicReference<Integer> firstSaw = new AtomicReference<>();
        Thread first = new Thread(() -> firstSaw.set(polled.value()), "first-reader");
        first.start();
        awaitOrFail(firstParsing);
        assertThat(polled.value()).isEqualTo(5);
        secondDone.countDown();
        first.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(first.isAlive()).isFalse();
        assertThat(firstSaw.get()).isEqualTo(5);
        assertThat(parses.get()).isEqualTo(2);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(message -> message.startsWith("event=test_value "))
                .singleElement().asString().contains("value=5");
    }

    @Test
    void anUnreadableFileIsLoggedOnceAndKeepsTheValue() throws Exception {
        Path file = dir.resolve("n2");
        AtomicLong nanos = new AtomicLong();
        PolledFile<Integer> polled = new PolledFile<>(file, 0, Integer::valueOf, nanos::get, "test_value");
        Files.writeString(file, "7");
        assertThat(polled.value()).isEqualTo(7);

        Files.writeString(file, "seven");
        for (int i = 0; i < 3; i++) {
            nanos.addAndGet(PolledFile.REREAD.toNanos());
            assertThat(polled.value()).isEqualTo(7);
        }
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(message -> message.startsWith("event=test_value_unreadable "))
                .singleElement().asString().contains("kept=7");
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released within 10 s").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
