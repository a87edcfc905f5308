"""Airflow 3 (airflow.sdk): the fixed shape — values are converted before they leave the task."""
import numpy as np
from airflow.sdk import dag, task


@dag(schedule=None)
def scores():
    @task(multiple_outputs=True)
    def score():
        values = np.random.default_rng(7).uniform(size=1_000)
        return {
            "scores": values.round(4).tolist(),
            "mean": values.mean(),  # a numpy scalar: carried by Airflow's serde since 2.6
            "count": len(values),
        }

    score()


scores()
