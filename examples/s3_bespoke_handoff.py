"""A hand-rolled S3 handoff: "write to S3, push the path through XCom".

The policy (docs/policy.md) forbids it as per-task code: return the value (large ones with the
object-storage XCom backend) or use an explicit, reviewed pass-by-reference. `dag-transport` flags the upload
(no-bespoke-transport) and names the task that reads it.
"""
import boto3
import pandas as pd
from airflow.decorators import dag, task

BUCKET = "team-lake"


@dag(schedule="@daily", catchup=False, tags=["example"])
def features_handoff():
    @task
    def build_features(ds=None) -> str:
        frame = pd.DataFrame({"user": [1, 2, 3], "score": [0.2, 0.5, 0.9]})
        frame.to_parquet("/tmp/features.parquet")
        key = f"handoff/features/{ds}.parquet"
        boto3.client("s3").upload_file("/tmp/features.parquet", BUCKET, key)
        return f"s3://{BUCKET}/{key}"

    @task
    def train(features_uri: str) -> dict:
        frame = pd.read_parquet(features_uri)
        return {"rows": len(frame)}

    train(build_features())


features_handoff()
