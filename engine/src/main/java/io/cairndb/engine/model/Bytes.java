package io.cairndb.engine.model;

import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable byte string with value semantics and DynamoDB's order for binary values
 * (unsigned, lexicographic).
 */
public final class Bytes implements Comparable<Bytes> {
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;
    private int hash;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Copies {@code data}. */
    public static Bytes copyOf(byte[] data) {
        return new Bytes(data.clone());
    }

    /** Takes ownership of {@code data}: the caller must not change it afterwards. */
    public static Bytes wrap(byte[] data) {
        return new Bytes(data);
    }

    public static Bytes fromBase64(String base64) {
        return new Bytes(Base64.getDecoder().decode(base64));
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(data);
    }

    public int length() {
        return data.length;
    }

    public byte byteAt(int index) {
        return data[index];
    }

    /** A copy of the content. */
    public byte[] toByteArray() {
        return data.clone();
    }

    /** The content itself, for read-only use by encoders on hot paths. */
    public byte[] unsafeArray() {
        return data;
    }

    public boolean startsWith(Bytes prefix) {
        return data.length >= prefix.data.length
                && Arrays.equals(data, 0, prefix.data.length, prefix.data, 0, prefix.data.length);
    }

    public boolean contains(Bytes needle) {
        outer:
        for (int i = 0; i <= data.length - needle.data.length; i++) {
            for (int j = 0; j < needle.data.length; j++) {
                if (data[i + j] != needle.data[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(data, other.data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(data);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Bytes[" + toBase64() + "]";
    }
}
