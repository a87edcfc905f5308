"""Leoflow (Airflow-compatible): one multiple_outputs value is still a tensor."""
import torch
from airflow.sdk import dag, task


@dag(schedule=None, tags=["leoflow"])
def embed_documents():
    @task(multiple_outputs=True)
    def embed(texts: list[str]):
        vectors = torch.randn(len(texts), 384)
        return {
            "vectors": vectors / vectors.norm(dim=1, keepdim=True),
            "count": len(texts),
        }

    embed(["a", "b"])


embed_documents()
