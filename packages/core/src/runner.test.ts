import { describe, expect, it } from "vitest";
import { emptyModel, type Span } from "./model.js";
import type { AnyRule } from "./rule.js";
import { checkSoundTasks, runRules } from "./runner.js";

const span: Span = { line: 3, column: 1, endLine: 3, endColumn: 5 };

/** Reports once per task, and once with no task. */
const perTask: AnyRule = {
  id: "per-task",
  meta: {
    description: "test",
    recommendedSeverity: "error",
    messages: { m: "in {{task}}" },
    optionsSchema: {},
  },
  defaultOptions: {},
  check(model, _options, report) {
    for (const task of model.tasks)
      report({ messageId: "m", data: { task: task.id }, span, taskId: task.id });
    report({ messageId: "m", data: { task: "none" }, span });
  },
};

function model() {
  const built = emptyModel("dag.py", "python");
  built.tasks = [
    { id: "ok", span, style: "@task", returnRole: "data", multipleOutputs: false },
    { id: "broken", span, style: "@task", returnRole: "data", multipleOutputs: false, unsound: true },
  ];
  return built;
}

describe("checkSoundTasks: the one filter of findings on unsound tasks", () => {
  it("drops a finding of an unsound task, keeps the others and those of no task", () => {
    const found: unknown[] = [];
    checkSoundTasks(perTask, model(), {}, (report) => found.push(report.data?.task));
    expect(found).toEqual(["ok", "none"]);
  });

  it("is what the runner applies", () => {
    expect(runRules(model(), [perTask], {}).messages.map((m) => m.message)).toEqual(["in ok", "in none"]);
  });
});
