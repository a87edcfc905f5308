/**
 * The incident behind the storage rules, as a DAG file: one task saves to the pod's /tmp with
 * `np.savez`, another task (on another pod) loads it. `no-tmp-staging` flags the write at 11:9;
 * the read is at line 15.
 */
export const INCIDENT_DAG = `import numpy as np
from airflow.decorators import dag, task

SCORES = "/tmp/cohort_scores.npz"


@dag(schedule=None)
def nightly():
    @task
    def predict():
        np.savez(SCORES, scores=np.random.default_rng(0).normal(size=100))

    @task
    def select_cohort() -> int:
        return int((np.load(SCORES)["scores"] > 1.5).sum())

    predict() >> select_cohort()


nightly()
`;
