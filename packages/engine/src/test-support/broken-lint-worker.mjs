// A lint worker for pool.test.ts that cannot even load, as when the worker script is missing
// from an installation.
throw new Error("this worker cannot start");
