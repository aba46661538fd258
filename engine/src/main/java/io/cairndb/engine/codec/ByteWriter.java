package io.cairndb.engine.codec;

import java.util.Arrays;

/**
 * A growable byte buffer for the binary encoders. Not thread-safe; one per encoding. Unsigned
 * varints (LEB128) keep lengths and counts to one byte in the common case.
 */
public final class ByteWriter {
    private byte[] buffer;
    private int length;

    public ByteWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    public int length() {
        return length;
    }

    public ByteWriter put(int b) {
        ensure(1);
        buffer[length++] = (byte) b;
        return this;
    }

    public ByteWriter put(byte[] bytes) {
        return put(bytes, 0, bytes.length);
    }

    public ByteWriter put(byte[] bytes, int offset, int count) {
        ensure(count);
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
        return this;
    }

    /** Big-endian, so that encoded longs sort as unsigned numbers. */
    public ByteWriter putLongBigEndian(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    public ByteWriter putShortBigEndian(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    public ByteWriter putVarint(int value) {
        return putVarlong(value & 0xFFFFFFFFL);
    }

    public ByteWriter putVarlong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[length++] = (byte) value;
        return this;
    }

    /** Zig-zag encoding keeps small negative numbers short. */
    public ByteWriter putSignedVarlong(long value) {
        return putVarlong((value << 1) ^ (value >> 63));
    }

    /** The backing array, valid up to {@link #length()}: lets callers hand it on without a copy. */
    public byte[] array() {
        return buffer;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }
}
