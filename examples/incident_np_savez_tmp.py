"""The incident behind the policy (docs/policy.md): predictions saved to one pod's /tmp, loaded on another pod.

`select_cohort` runs in a fresh pod, finds no /tmp/cohort_scores.npz, and the evaluation runs
on an empty cohort. `dag-transport` flags the write (no-tmp-staging) and names the reader.
"""
import numpy as np
from airflow.decorators import dag, task

SCORES = "/tmp/cohort_scores.npz"


@dag(schedule=None, catchup=False, tags=["example"])
def cohort_evaluation():
    @task
    def predict():
        rng = np.random.default_rng(42)
        np.savez(SCORES, scores=rng.normal(size=10_000))

    @task
    def select_cohort() -> int:
        scores = np.load(SCORES)["scores"]
        return int((scores > 1.5).sum())

    predict() >> select_cohort()


cohort_evaluation()
