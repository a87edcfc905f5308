"""Airflow 1.x style: PythonOperator with provide_context, pushing a pandas frame."""
from datetime import datetime

import pandas as pd
from airflow import DAG
from airflow.operators.python_operator import PythonOperator

dag = DAG("user_sync", start_date=datetime(2020, 1, 1), schedule_interval="@hourly")


def extract_users(**context):
    users = pd.read_sql("select id, email from users", con="postgresql://warehouse/db")
    context["ti"].xcom_push(key="users", value=users)
    context["ti"].xcom_push(key="user_count", value=len(users))


extract = PythonOperator(task_id="extract_users", python_callable=extract_users, provide_context=True, dag=dag)
