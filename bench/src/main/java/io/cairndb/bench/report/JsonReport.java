package io.cairndb.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairndb.bench.run.PhaseResult;

/**
 * Renders a report as JSON for scripts: the records as they are, plus each phase's derived
 * figures (ops/s, server CPU ms/op, server cores) so that readers need not recompute them.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {
  }

  public static String render(BenchReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("machine", machine(report.machine()));
    root.set("settings", MAPPER.valueToTree(report.settings()));
    ArrayNode targets = root.putArray("targets");
    for (TargetRun target : report.targets()) {
      ObjectNode t = targets.addObject();
      t.put("server", target.server());
      t.put("endpoint", target.endpoint());
      t.set("serverPids", MAPPER.valueToTree(target.serverPids()));
      t.put("skippedReason", target.skippedReason());
      ArrayNode phases = t.putArray("phases");
      for (PhaseResult phase : target.phases()) {
        ObjectNode p = MAPPER.valueToTree(phase);
        p.put("opsPerSecond", phase.opsPerSecond());
        p.put("serverCpuMillisPerOp", phase.serverCpuMillisPerOp());
        p.put("serverCores", phase.serverCores());
        p.put("clientCpuMillisPerOp", phase.clientCpuMillisPerOp());
        phases.add(p);
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the report as JSON", e);
    }
  }

  private static ObjectNode machine(MachineInfo m) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("cores", m.cores());
    node.put("cpuModel", m.cpuModel());
    node.put("jdk", m.jdk());
    node.put("os", m.os());
    node.put("loadAverage", m.loadAverage());
    node.put("date", m.date().toString());
    return node;
  }
}
