package io.gaokai.lint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs a composite action's steps the way the GitHub runner does, on this machine: each step's if:
 * decides whether it runs; a run: step is its bash script, run as {@code bash --noprofile --norc -eo
 * pipefail} in its working-directory with its env: and the GITHUB_* variables, its outputs read back
 * from the GITHUB_OUTPUT file; a failing step fails the job. A uses: step is not run (it is another
 * repository's action): its evaluated with: is recorded for the test to check.
 */
final class CompositeActionRunner {

  /** One step of the run. */
  record Step(String name, boolean ran, int exit, String out, String err, Map<String, String> with) {}

  /** The whole run: steps in order, the action's outputs, and whether the job failed. */
  record Run(List<Step> steps, Map<String, String> outputs, boolean jobFailed) {
    Step step(String name) {
      return steps.stream().filter(s -> s.name().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no step " + name + " in " + steps));
    }

    List<String> ran() {
      return steps.stream().filter(Step::ran).map(Step::name).toList();
    }
  }

  static Map<String, Object> load(Path actionYml) throws IOException {
    try (InputStream in = Files.newInputStream(actionYml)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @SuppressWarnings("unchecked")
  static Run run(Path actionYml, Map<String, String> given, Path workspace, Path runnerTemp,
      Map<String, String> env) throws IOException {
    Map<String, Object> action = load(actionYml);
    Map<String, Object> declared = (Map<String, Object>) action.get("inputs");
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (Map.Entry<String, Object> in : declared.entrySet()) {
      Object dflt = ((Map<String, Object>) in.getValue()).get("default");
      inputs.put(in.getKey(), dflt == null ? "" : dflt.toString());
    }
    for (String name : given.keySet()) {
      assertThat(declared).as("the test gives declared inputs only").containsKey(name);
    }
    inputs.putAll(given);
    Path actionPath = actionYml.toAbsolutePath().getParent();
    Map<String, Object> stepsContext = new LinkedHashMap<>();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("inputs", inputs);
    root.put("steps", stepsContext);
    root.put("github", Map.of("action_path", actionPath.toString(), "workspace", workspace.toString()));
    root.put("runner", Map.of("temp", runnerTemp.toString(), "os", "Linux"));
    ActionsExpression.Contexts contexts = ActionsExpression.contexts(root);

    List<Step> done = new ArrayList<>();
    boolean failed = false;
    Map<String, Object> runs = (Map<String, Object>) action.get("runs");
    int n = 0;
    for (Map<String, Object> step : (List<Map<String, Object>>) runs.get("steps")) {
      n++;
      String name = String.valueOf(step.getOrDefault("name", "step " + n));
      Object condition = step.get("if");
      if (!ActionsExpression.stepRuns(condition == null ? null : condition.toString(), contexts, failed)) {
        done.add(new Step(name, false, 0, "", "", Map.of()));
        continue;
      }
      if (step.containsKey("uses")) {
        Map<String, String> with = new LinkedHashMap<>();
        Map<String, Object> w = (Map<String, Object>) step.getOrDefault("with", Map.of());
        for (Map.Entry<String, Object> kv : w.entrySet()) {
          with.put(kv.getKey(), ActionsExpression.substitute(String.valueOf(kv.getValue()), contexts, failed));
        }
        done.add(new Step(name, true, 0, "", "", with));
        continue;
      }
      assertThat(step.get("shell")).as("step %s: shell", name).isEqualTo("bash");
      Map<String, String> stepEnv = new LinkedHashMap<>(env);
      Map<String, Object> declaredEnv = (Map<String, Object>) step.getOrDefault("env", Map.of());
      for (Map.Entry<String, Object> kv : declaredEnv.entrySet()) {
        stepEnv.put(kv.getKey(), ActionsExpression.substitute(String.valueOf(kv.getValue()), contexts, failed));
      }
      Path output = Files.createTempFile(runnerTemp, "github-output", "");
      stepEnv.put("GITHUB_OUTPUT", output.toString());
      stepEnv.put("GITHUB_ACTION_PATH", actionPath.toString());
      stepEnv.put("GITHUB_WORKSPACE", workspace.toString());
      stepEnv.put("RUNNER_TEMP", runnerTemp.toString());
      stepEnv.put("GITHUB_ACTIONS", "true");
      stepEnv.put("CI", "true");
      Path script = Files.createTempFile(runnerTemp, "step", ".sh");
      Files.writeString(script, ActionsExpression.substitute(String.valueOf(step.get("run")), contexts, failed),
          StandardCharsets.UTF_8);
      Path cwd = workspace;
      if (step.containsKey("working-directory")) {
        cwd = workspace.resolve(
            ActionsExpression.substitute(String.valueOf(step.get("working-directory")), contexts, failed));
      }
      Dist.Result r = Dist.run(cwd, stepEnv, "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());
      if (step.containsKey("id")) {
        stepsContext.put(String.valueOf(step.get("id")), Map.of("outputs", readOutputs(output)));
      }
      failed |= r.exit() != 0;
      done.add(new Step(name, true, r.exit(), r.out(), r.err(), Map.of()));
    }

    Map<String, String> outputs = new LinkedHashMap<>();
    Map<String, Object> declaredOutputs = (Map<String, Object>) action.getOrDefault("outputs", Map.of());
    for (Map.Entry<String, Object> o : declaredOutputs.entrySet()) {
      String value = String.valueOf(((Map<String, Object>) o.getValue()).get("value"));
      outputs.put(o.getKey(), ActionsExpression.substitute(value, contexts, failed));
    }
    return new Run(done, outputs, failed);
  }

  /** The GITHUB_OUTPUT file: name=value lines and name<<DELIMITER blocks. */
  static Map<String, String> readOutputs(Path file) throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int heredoc = line.indexOf("<<");
      int eq = line.indexOf('=');
      if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        i++;
        while (i < lines.size() && !lines.get(i).equals(delimiter)) {
          value.append(value.length() == 0 ? "" : "\n").append(lines.get(i));
          i++;
        }
        outputs.put(line.substring(0, heredoc), value.toString());
      } else if (eq > 0) {
        outputs.put(line.substring(0, eq), line.substring(eq + 1));
      } else if (!line.isBlank()) {
        throw new AssertionError("not an output line: " + line);
      }
    }
    return outputs;
  }

  private CompositeActionRunner() {}
}
