"""`--executor ray`: the same records as a serial local run, on a local Ray instance.

Opt-in: Ray is an extra (`pip install 'summarizer[ray]'`) and starting it takes minutes on a
small machine, so the test runs under `make test-ray` (which installs the extra and sets
SUMMARIZER_RAY_TESTS=1); elsewhere it skips and says why.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from summarizer.evals.runner import EvalConfig, read_results, run_eval

if not os.environ.get("SUMMARIZER_RAY_TESTS"):
    pytest.skip("opt-in: `make test-ray` (installs the [ray] extra, then runs this test)", allow_module_level=True)
pytest.importorskip("ray", reason="Ray is not installed: pip install 'summarizer[ray]' (or make test-ray)")

GOLD = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "gold.jsonl"
TIMING = ("latency_ms", "wall_ms")


def _comparable(records: list[dict[str, Any]]) -> list[str]:
    return [json.dumps({k: v for k, v in r.items() if k not in TIMING}, sort_keys=True, ensure_ascii=False)
            for r in records]  # fmt: skip


@pytest.fixture(scope="module")
def local_ray() -> Any:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_ray_executor_gives_the_serial_records(tmp_path: Path, local_ray: Any) -> None:
    serial = run_eval(EvalConfig(dataset=str(GOLD), engine="replay"), tmp_path / "serial", progress=False)
    ray_run = run_eval(EvalConfig(dataset=str(GOLD), engine="replay", executor="ray"), tmp_path / "ray", progress=False)
    assert ray_run.new == serial.new == 20
    assert _comparable(read_results(tmp_path / "ray")) == _comparable(read_results(tmp_path / "serial"))
    drop = ("run", "latency_ms")
    assert {k: v for k, v in ray_run.metrics.items() if k not in drop} == {
        k: v for k, v in serial.metrics.items() if k not in drop
    }
