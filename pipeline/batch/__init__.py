"""The folder runner: shards, worker processes, incremental re-runs, and the Dask engine."""

from pipeline.batch.runner import RunSummary, process_folder

__all__ = ["RunSummary", "process_folder"]
