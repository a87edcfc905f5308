import type { AnyRule } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { UsageError } from "./options.js";
import { onlyRules } from "./rule-filter.js";

const rule = (id: string): AnyRule => ({
  id,
  meta: { description: "", recommendedSeverity: "error", messages: {}, optionsSchema: {} },
  defaultOptions: {},
  check: () => {},
});
const rules = [rule("a"), rule("b"), rule("c")];

describe("--rule filtering", () => {
  it("leaves the settings alone when no rule is named", () => {
    const settings = { b: { severity: "warn" as const } };
    expect(onlyRules([], settings, rules)).toBe(settings);
  });

  it("turns every other rule off and keeps the chosen rule's configured severity and options", () => {
    const settings = { b: { severity: "warn" as const, options: { x: 1 } } };
    expect(onlyRules(["b"], settings, rules)).toEqual({
      a: { severity: "off" },
      b: { severity: "warn", options: { x: 1 } },
      c: { severity: "off" },
    });
  });

  it("runs a chosen rule that the configuration turned off at its recommended severity", () => {
    expect(onlyRules(["a", "c"], { a: { severity: "off", options: { y: 2 } } }, rules)).toEqual({
      a: { severity: "error", options: { y: 2 } },
      b: { severity: "off" },
    });
  });

  it("rejects an unknown rule id as a usage error naming the known ones", () => {
    expect(() => onlyRules(["nope"], {}, rules)).toThrow(UsageError);
    expect(() => onlyRules(["nope"], {}, rules)).toThrow(/unknown rule 'nope' \(known rules: a, b, c\)/);
  });
});
