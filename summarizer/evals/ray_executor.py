"""Scale an eval run out with Ray Data: engine, validators and scoring on Ray workers.

    summarizer eval DATASET --executor ray --out runs/NAME      (pip install 'summarizer[ray]')

The articles still to run become a Ray dataset in shards of `shard_size`; `map_batches` runs
one `_Shard` actor per worker, which builds the engine, the rules baseline and the scorer once
(as a local run does) and turns each article into its result record, exactly as the local
executor does (`runner._run_one`). Records stream back to the driver in article order and are
written to results.jsonl as they arrive, so resuming, metrics and reports are unchanged.

Ray connects to the cluster named by `RAY_ADDRESS` when set; otherwise it starts a local
instance with `num_cpus` CPUs (default: all). A ConfigError on a worker stops the run, as it
does locally.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from summarizer.errors import ConfigError
from summarizer.evals.datasets import Article

__all__ = ["ray_records"]

INSTALL_HINT = "pip install 'summarizer[ray]'"


class _Shard:
    """One worker's engine, baseline and scorer; turns a batch of articles into records."""

    def __init__(self, config: Any) -> None:
        from summarizer.evals.metrics import Scorer
        from summarizer.evals.runner import make_summarize, rules_baseline

        self.config = config
        self.summarize = make_summarize(config)
        self.rules = rules_baseline() if config.baselines and config.engine != "rules" else None
        self.scorer = Scorer()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from summarizer.evals.runner import _run_one

        out = []
        for blob in batch["article"]:
            article: Article = pickle.loads(blob)
            try:
                record = _run_one(article, self.summarize, self.rules, self.scorer, self.config)
            except ConfigError as exc:
                record = {"__config_error__": str(exc)}
            out.append(json.dumps(record, ensure_ascii=False))
        return {"record": out}


def ray_records(articles: Iterable[Article], config: Any, *, shard_size: int = 8, workers: int | None = None,
                num_cpus: int | None = None) -> Iterator[dict[str, Any]]:  # fmt: skip
    """Records for `articles`, computed on Ray workers, in article order."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError(f"--executor ray needs Ray Data: {INSTALL_HINT}") from None
    if not ray.is_initialized():
        ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    items = [{"article": pickle.dumps(a)} for a in articles]
    if not items:
        return
    n = workers or max(1, int(ray.available_resources().get("CPU", 1)))
    ds = ray.data.from_items(items, override_num_blocks=max(1, len(items) // shard_size))
    mapped = ds.map_batches(_Shard, fn_constructor_args=(config,), batch_size=shard_size, concurrency=n,
                            batch_format="numpy")  # fmt: skip
    for row in mapped.iter_rows():
        record = json.loads(row["record"])
        if "__config_error__" in record:
            raise ConfigError(record["__config_error__"])
        yield record
