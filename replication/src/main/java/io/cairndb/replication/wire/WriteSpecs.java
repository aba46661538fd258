package io.cairndb.replication.wire;

import io.cairndb.engine.codec.CorruptDataException;
import io.cairndb.engine.codec.WriteSpecCodec;
import io.cairndb.engine.error.SerializationException;
import io.cairndb.engine.write.WriteSpec;
import io.cairndb.engine.write.WriteCommand;

/** Compiles a write spec as it travels in the log, the same way on every replica. */
public final class WriteSpecs {
    private WriteSpecs() {
    }

    /**
     * @throws io.cairndb.engine.error.DynamoDbException when the spec does not compile (every
     *         replica refuses it the same way)
     */
    public static WriteCommand compile(byte[] encodedSpec) {
        WriteSpec spec;
        try {
            spec = WriteSpecCodec.decode(encodedSpec);
        } catch (CorruptDataException e) {
            throw new SerializationException("undecodable write spec: " + e.getMessage());
        }
        return spec.command();
    }
}
