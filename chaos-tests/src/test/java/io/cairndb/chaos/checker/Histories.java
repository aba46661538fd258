package io.cairndb.chaos.checker;

import io.cairndb.chaos.history.History;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.history.Value;
import java.util.HashMap;
import java.util.Map;

/** Builds histories by hand: each call names the process and the time of the event (also for the report's tests). */
public final class Histories {
    private final History history = new History();
    private final Map<Integer, Op> open = new HashMap<>();

    public Histories invoke(int process, String f, String key, Value value, long time) {
        open.put(process, history.record(process, Op.Type.INVOKE, f, key, value, time));
        return this;
    }

    public Histories ok(int process, Value value, long time) {
        return complete(process, Op.Type.OK, value, time);
    }

    public Histories ok(int process, long time) {
        return complete(process, Op.Type.OK, open.get(process).value(), time);
    }

    public Histories fail(int process, long time) {
        return complete(process, Op.Type.FAIL, Value.NONE, time);
    }

    public Histories info(int process, long time) {
        return complete(process, Op.Type.INFO, Value.NONE, time);
    }

    private Histories complete(int process, Op.Type type, Value value, long time) {
        Op invoke = open.remove(process);
        history.record(process, type, invoke.f(), invoke.key(), value, time);
        return this;
    }

    public History build() {
        return history;
    }
}
