package io.cairndb.engine.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XxHash64Test {

    @Test
    void matchesTheReferenceVectors() {
        assertThat(XxHash64.hash(new byte[0])).isEqualTo(0xEF46DB3751D8E999L);
        assertThat(XxHash64.hash("a".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xD24EC4F1A98C6E5BL);
        assertThat(XxHash64.hash("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x44BC2CF5AD770999L);
        // 39 bytes: exercises the 32-byte stripe loop and the 4- and 1-byte tails
        assertThat(XxHash64.hash("Nobody inspects the spammish repetition".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(0xFBCEA83C8A378BF1L);
    }

    @Test
    void hashesASubrangeLikeACopy() {
        byte[] data = "0123456789abcdefghijklmnopqrstuvwxyz0123456789".getBytes(StandardCharsets.US_ASCII);
        byte[] middle = java.util.Arrays.copyOfRange(data, 3, 40);
        assertThat(XxHash64.hash(data, 3, 37)).isEqualTo(XxHash64.hash(middle));
    }

    @Test
    void spreadsSimilarKeys() {
        Set<Long> hashes = new HashSet<>();
        Set<Long> topBytes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long h = XxHash64.hash(("user" + i).getBytes(StandardCharsets.UTF_8));
            hashes.add(h);
            topBytes.add(h >>> 56);
        }
        assertThat(hashes).hasSize(10_000);
        assertThat(topBytes).hasSize(256);
    }
}
