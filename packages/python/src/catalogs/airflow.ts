/**
 * What Airflow's authoring APIs mean for transport, as data. Qualified names are matched after
 * import resolution, so every spelling of an import lands on these.
 */
import type { ReturnRole } from "@dag-transport/core";

/** Modules that export the TaskFlow `task` decorator family and `dag`. */
export const TASKFLOW_MODULES = [
  "airflow.decorators",
  "airflow.sdk",
  "airflow.sdk.definitions.decorators",
] as const;

/**
 * Other names of the TaskFlow decorators: Airflow 2's deprecated `task` of
 * `airflow.operators.python` (`from airflow.operators.python import get_current_context, task`)
 * is `airflow.decorators.task`, and so is the `task` of `airflow.decorators.python`.
 */
export const TASKFLOW_ALIASES: ReadonlyMap<string, string> = new Map([
  ["airflow.operators.python.task", "task"],
  // Airflow 2.0–2.1 defined the decorator in `airflow.decorators.python` (`from
  // airflow.decorators.python import task`); later versions name it `python_task` there.
  ["airflow.decorators.python.task", "task"],
  ["airflow.decorators.python.python_task", "python_task"],
]);

/**
 * `task` and its variants, by the part after the module. Branching, short-circuit and bash
 * tasks return control flow (a task id, a boolean, a command), not data.
 */
export const TASK_DECORATORS: Readonly<Record<string, ReturnRole>> = {
  task: "data",
  "task.python": "data",
  "task.virtualenv": "data",
  "task.external_python": "data",
  "task.docker": "data",
  "task.kubernetes": "data",
  "task.pyspark": "data",
  "task.snowpark": "data",
  "task.sensor": "control-flow",
  "task.branch": "control-flow",
  "task.branch_virtualenv": "control-flow",
  "task.branch_external_python": "control-flow",
  "task.short_circuit": "control-flow",
  "task.bash": "external",
  "task.kubernetes_cmd": "external",
  python_task: "data",
  virtualenv_task: "data",
  // Setup and teardown tasks are TaskFlow tasks too (`@setup`, `@teardown`, `@task.setup`).
  setup: "data",
  teardown: "data",
  "task.setup": "data",
  "task.teardown": "data",
};

/**
 * Attributes of `task` that modify another task decorator rather than make a task
 * (`@task.run_if(cond)` stacked on `@task`). Any other `task.<name>` Airflow does not ship is a
 * provider's TaskFlow decorator (`@task.parquet`, registered under `task-decorators`): a task.
 */
export const TASK_MODIFIER_DECORATORS = new Set(["task.run_if", "task.skip_if"]);

/** `functools.partial(fn, …)` as a `python_callable`: the task runs `fn`. */
export const PARTIAL_FUNCTIONS = new Set(["functools.partial"]);

/** Decorators that group tasks: their tasks' ids are prefixed with the group id. */
export const TASK_GROUP_DECORATORS = ["task_group"] as const;

export const DAG_DECORATORS = ["dag"] as const;

/** Classes whose instances are DAGs (`with DAG(...)`, `dag = DAG(...)`). */
export const DAG_CLASSES = new Set([
  "airflow.DAG",
  "airflow.models.DAG",
  "airflow.models.dag.DAG",
  "airflow.sdk.DAG",
  "airflow.sdk.definitions.dag.DAG",
]);

export const TASK_GROUP_CLASSES = new Set([
  "airflow.utils.task_group.TaskGroup",
  "airflow.sdk.TaskGroup",
  "airflow.sdk.definitions.taskgroup.TaskGroup",
]);

/**
 * Functions that set task dependencies, by how they link their arguments (run-order.ts):
 * `chain(a, [b, c], d)` links neighbours (two lists of one length pairwise), `chain_linear`
 * every element of a neighbour to every element of the next, `cross_downstream(from, to)` every
 * `from` task to every `to` task. Airflow 2 exports them from `airflow.models.baseoperator`
 * (`chain_linear` since 2.7), and `chain` / `cross_downstream` also from `airflow.utils.helpers`;
 * Airflow 3 from `airflow.sdk` and `airflow.sdk.bases.operator`.
 */
export const DEPENDENCY_FUNCTIONS: ReadonlyMap<string, "chain" | "chain_linear" | "cross_downstream"> =
  new Map(
    [
      "airflow.models.baseoperator",
      "airflow.utils.helpers",
      "airflow.sdk",
      "airflow.sdk.bases.operator",
      "airflow.sdk.definitions.baseoperator",
    ].flatMap((module) =>
      (["chain", "chain_linear", "cross_downstream"] as const)
        .filter((name) => name !== "chain_linear" || module !== "airflow.utils.helpers")
        .map((name) => [`${module}.${name}`, name] as const),
    ),
  );

/** An edge label (`a >> Label("yes") >> b` links `a` to `b`). */
export const EDGE_LABEL_CLASSES = new Set([
  "airflow.utils.edgemodifier.Label",
  "airflow.sdk.Label",
  "airflow.sdk.definitions.edges.Label",
]);

/**
 * Airflow 1's packages import their classes lazily (`from airflow.operators import
 * PythonOperator`, `from airflow.hooks import S3Hook`): package → class → the module that
 * defines it, so that such a name is the class the catalogs know (`ModuleContext`).
 */
export const AIRFLOW1_PACKAGE_CLASSES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries({
    "airflow.operators": {
      PythonOperator: "airflow.operators.python_operator",
      BranchPythonOperator: "airflow.operators.python_operator",
      ShortCircuitOperator: "airflow.operators.python_operator",
      PythonVirtualenvOperator: "airflow.operators.python_operator",
      BashOperator: "airflow.operators.bash_operator",
    },
    "airflow.hooks": {
      S3Hook: "airflow.hooks.S3_hook",
      PostgresHook: "airflow.hooks.postgres_hook",
      MySqlHook: "airflow.hooks.mysql_hook",
      WebHDFSHook: "airflow.hooks.webhdfs_hook",
    },
    "airflow.contrib.hooks": {
      GoogleCloudStorageHook: "airflow.contrib.hooks.gcs_hook",
      WasbHook: "airflow.contrib.hooks.wasb_hook",
      SFTPHook: "airflow.contrib.hooks.sftp_hook",
      SSHHook: "airflow.contrib.hooks.ssh_hook",
      FTPHook: "airflow.contrib.hooks.ftp_hook",
      FTPSHook: "airflow.contrib.hooks.ftp_hook",
      SnowflakeHook: "airflow.contrib.hooks.snowflake_hook",
    },
  }).map(([pkg, classes]) => [pkg, new Map(Object.entries(classes))]),
);

const PYTHON_OPERATOR_MODULES = [
  "airflow.operators.python",
  "airflow.operators.python_operator",
  "airflow.providers.standard.operators.python",
  "airflow.sensors.python",
  "airflow.providers.standard.sensors.python",
  "airflow.contrib.sensors.python_sensor",
];

const PYTHON_OPERATOR_CLASSES: Readonly<Record<string, ReturnRole>> = {
  PythonOperator: "data",
  PythonVirtualenvOperator: "data",
  ExternalPythonOperator: "data",
  BranchPythonOperator: "control-flow",
  BranchPythonVirtualenvOperator: "control-flow",
  BranchExternalPythonOperator: "control-flow",
  ShortCircuitOperator: "control-flow",
  PythonSensor: "control-flow",
};

/** Qualified class → return role, for operators that run a `python_callable`. */
export const PYTHON_OPERATORS: ReadonlyMap<string, ReturnRole> = new Map(
  PYTHON_OPERATOR_MODULES.flatMap((module) =>
    Object.entries(PYTHON_OPERATOR_CLASSES).map(([cls, role]) => [`${module}.${cls}`, role] as const),
  ),
);

/** Where an operator's callable may be a sensor returning `PokeReturnValue`. */
export const POKE_RETURN_VALUE_CLASSES = new Set([
  "airflow.sensors.base.PokeReturnValue",
  "airflow.sdk.PokeReturnValue",
  "airflow.providers.standard.sensors.base.PokeReturnValue",
]);

/** Parameter names Airflow fills with the running task instance. */
export const TI_PARAMETERS = new Set(["ti", "task_instance"]);

/** Context keys that hold the running task instance: `context["ti"]`. */
export const CONTEXT_TI_KEYS = new Set(["ti", "task_instance"]);

/**
 * Context keys naming a previous run (`kwargs["prev_start_date_success"]`, a parameter
 * `prev_ds`): a place built from one is what an earlier run left, never this run's handoff.
 */
export const PREVIOUS_RUN_CONTEXT_KEYS: ReadonlySet<string> = new Set([
  "prev_ds",
  "prev_ds_nodash",
  "prev_execution_date",
  "prev_execution_date_success",
  "prev_start_date_success",
  "prev_end_date_success",
  "prev_data_interval_start_success",
  "prev_data_interval_end_success",
]);

/** Functions returning the running task's context, whose `["ti"]` can push XComs. */
export const GET_CURRENT_CONTEXT = new Set([
  "airflow.operators.python.get_current_context",
  "airflow.providers.standard.operators.python.get_current_context",
  "airflow.sdk.get_current_context",
  "airflow.decorators.get_current_context",
]);
