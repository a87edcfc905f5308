"""Airflow 2 TaskFlow: the incident shape — a task returns the numpy array it made."""
from datetime import datetime

import numpy as np
from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False)
def train_model():
    @task
    def make_training_set():
        X_train = np.random.default_rng(42).normal(size=(100, 3))
        return X_train

    @task
    def fit(X_train):
        print(len(X_train))

    fit(make_training_set())


train_model()
