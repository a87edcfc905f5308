/** The golden test on the native Python parser (test/support/golden.ts says what it checks). */
process.env.DAG_TRANSPORT_PARSER = "native";
const { goldenTests } = await import("./support/golden.js");
goldenTests("native");
