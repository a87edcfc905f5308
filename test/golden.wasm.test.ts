/** The golden test on the WebAssembly Python parser (test/support/golden.ts says what it checks). */
process.env.DAG_TRANSPORT_PARSER = "wasm";
const { goldenTests } = await import("./support/golden.js");
goldenTests("wasm");
