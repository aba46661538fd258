package io.cairndb.chaos.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.chaos.checker.Verdict;
import io.cairndb.chaos.history.Op;
import io.cairndb.chaos.nemesis.NemesisInterval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** A run's result as JSON: its settings, the verdict of each checker, and the faults. */
final class VerdictFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerdictFile() {
    }

    static void write(RunResult result, Path file) throws IOException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ChaosSettings settings = result.settings();
        ObjectNode root = json.objectNode();
        root.put("valid", result.valid());
        root.put("workload", settings.workload());
        root.set("nemeses", json.arrayNode().addAll(settings.nemeses().stream().map(json::textNode).toList()));
        root.put("seconds", settings.time().toSeconds());
        root.put("seed", settings.seed());
        root.put("unsafe", settings.unsafe());
        root.put("nodes", settings.nodes());
        root.put("routers", settings.routers());
        root.put("clients", settings.clients());
        root.put("operations", result.operations());
        root.put("ok", result.count(Op.Type.OK));
        root.put("fail", result.count(Op.Type.FAIL));
        root.put("info", result.count(Op.Type.INFO));
        root.put("ops_per_second", Math.round(result.opsPerSecond() * 10) / 10.0);
        root.put("history", result.history().getFileName().toString());
        root.put("report", result.report().getFileName().toString());
        ArrayNode verdicts = root.putArray("verdicts");
        for (Verdict verdict : result.verdicts()) {
            ObjectNode node = verdicts.addObject();
            node.put("checker", verdict.checker());
            node.put("validity", verdict.validity().name().toLowerCase(Locale.ROOT));
            node.put("summary", verdict.summary());
            verdict.details().forEach(node.putArray("details")::add);
        }
        ArrayNode faults = root.putArray("faults");
        for (NemesisInterval fault : result.faults()) {
            faults.addObject().put("nemesis", fault.nemesis()).put("what", fault.description())
                    .put("start_nanos", fault.startNanos()).put("end_nanos", fault.endNanos());
        }
        JSON.writeValue(file.toFile(), root);
    }
}
