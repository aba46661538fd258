package io.cairndb.engine.codec;

/** Reads what {@link ByteWriter} wrote. Throws {@link CorruptDataException} on malformed input. */
public final class ByteReader {
    private final byte[] data;
    private int position;
    private final int end;

    public ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    public ByteReader(byte[] data, int offset, int length) {
        this.data = data;
        this.position = offset;
        this.end = offset + length;
    }

    public boolean hasRemaining() {
        return position < end;
    }

    public int position() {
        return position;
    }

    public byte[] data() {
        return data;
    }

    public int get() {
        require(1);
        return data[position++] & 0xFF;
    }

    /** Skips {@code count} bytes and returns the offset where they start. */
    public int skip(int count) {
        require(count);
        int start = position;
        position += count;
        return start;
    }

    public long getLongBigEndian() {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (data[position++] & 0xFF);
        }
        return value;
    }

    public int getShortBigEndian() {
        require(2);
        int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    public int getVarint() {
        long value = getVarlong();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new CorruptDataException("varint out of range: " + value);
        }
        return (int) value;
    }

    public long getVarlong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new CorruptDataException("varint longer than 10 bytes");
    }

    public long getSignedVarlong() {
        long raw = getVarlong();
        return (raw >>> 1) ^ -(raw & 1);
    }

    private void require(int count) {
        if (count < 0 || position + count > end) {
            throw new CorruptDataException("truncated data: need " + count + " bytes at " + position + ", end " + end);
        }
    }
}
