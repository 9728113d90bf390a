"""Live concurrency: articles/s at C in flight against a loopback endpoint with fixed latency L,
as a ratio to the ideal C / L (floor 0.9), and memory over a long run (it must stay flat).

A stub OpenAI-compatible server runs in a separate process (so its threads do not share our
GIL) and answers every chat completion after exactly L seconds with the team's test draft,
which passes validation (one request per article). The eval runner then runs the real path:
openai engine (async client, limiter), instructor, grounding validators, scoring, results
file, metrics and reports.

    .venv/bin/python benchmarks/bench_concurrency.py [--latency 4] [--concurrency 16]
        [--articles 256] [--memory-articles 10000] [--memory-concurrency 32] [--grounding-workers N]

Beside the ratio to C/L it prints a bare HTTP client's rate against the same endpoint (what
the stub and the machine allow, no pipeline) and the pipeline's share of that.

Lexicons, indexes and imports are warmed by a small run first. Throughput is timed over the processing phase (first request to last record); the whole
`run_eval` (with metrics and reports) is printed beside it. Memory: resident set size sampled
while records are written, at 10%, 50% and 100% of the run, then after metrics and reports.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "tests" / "fixtures" / "schools.ur.txt"
DRAFT = REPO / "tests" / "fixtures" / "schools.draft.json"
EXTRA = "مزید تفصیلات بعد میں آئیں گی۔"  # team-written


# --------------------------------------------------------------------------- the endpoint (own process)


def _serve(port_out: Any, latency: float, draft: dict[str, Any]) -> None:
    from summarizer.engines.transports import completion_for_draft

    class Server(ThreadingHTTPServer):
        request_queue_size = 1024
        daemon_threads = True

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle's algorithm on, the body waits for
        # the client's delayed ACK (~40 ms on Linux) on a kept-alive connection. Real servers
        # (uvicorn, nginx, vLLM) set TCP_NODELAY; so does this one.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            time.sleep(latency)
            data = json.dumps(completion_for_draft(draft, body, model="gpt-4o-mini", n=0)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = Server(("127.0.0.1", 0), Handler)
    port_out.put(server.server_address[1])
    server.serve_forever()


def _endpoint(latency: float) -> tuple[str, Any]:
    draft = json.loads(DRAFT.read_text(encoding="utf-8"))
    ctx = multiprocessing.get_context("spawn")
    q: Any = ctx.Queue()
    proc = ctx.Process(target=_serve, args=(q, latency, draft), daemon=True)
    proc.start()
    return f"http://127.0.0.1:{q.get(timeout=60)}/v1", proc


# --------------------------------------------------------------------------- runs


def _dataset(folder: Path, n: int, pad: int = 0) -> Path:
    """n distinct articles (no memo or cache shortcut); `pad` more team-written sentences each
    bring them to a news article's length (the test article alone is 572 characters)."""
    text = ARTICLE.read_text(encoding="utf-8") + "\n" + " ".join([EXTRA] * pad)
    path = folder / f"bench-{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"b{i:05d}", "text": f"{text}\n\n{EXTRA} ({i})"}, ensure_ascii=False) + "\n")
    return path


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _run(base_url: str, data: Path, out: Path, jobs: int, on_record: Callable[[int], None] | None = None,
         grounding: Any = None) -> tuple[float, float, int]:  # fmt: skip
    """(processing seconds, whole run seconds, records) for one eval run."""
    from summarizer.evals import runner

    config = runner.EvalConfig(dataset=str(data), engine="openai", base_url=base_url, jobs=jobs, baselines=False,
                               cache=False, api_key="bench")  # fmt: skip
    real = runner.make_asummarize(config, grounding) if grounding is not None else runner.make_asummarize(config)
    first: list[float] = []
    last = [0.0]
    count = [0]

    async def timed(text: str) -> Any:
        if not first:
            first.append(time.perf_counter())
        try:
            return await real(text)
        finally:
            last[0] = time.perf_counter()
            count[0] += 1
            if on_record:
                on_record(count[0])

    t0 = time.perf_counter()
    run = runner.run_eval(config, out, asummarize=timed, progress=False)
    whole = time.perf_counter() - t0
    failed = sum(1 for r in run.records if r["status"] != "ok")
    if failed:
        print(f"  warning: {failed} articles failed", file=sys.stderr)
    return last[0] - first[0], whole, len(run.records)


def raw_client(base_url: str, concurrency: int, requests: int) -> float:
    """Requests/s of a bare HTTP client (no pipeline) against the same endpoint: its ceiling."""
    import asyncio

    import httpx2

    draft_body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": EXTRA * 50}]}

    async def main() -> float:
        async with httpx2.AsyncClient(timeout=120) as client:
            slots = asyncio.Semaphore(concurrency)

            async def one() -> None:
                async with slots:
                    (await client.post(f"{base_url}/chat/completions", json=draft_body)).json()

            await asyncio.gather(*(one() for _ in range(concurrency)))  # connections up
            t0 = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(requests)))
            return requests / (time.perf_counter() - t0)

    return asyncio.run(main())


def throughput(latency: float, concurrency: int, articles: int, grounding_workers: int = 0) -> float:
    from summarizer.engines.offload import GroundingPool

    base_url, proc = _endpoint(latency)
    pool = GroundingPool(grounding_workers) if grounding_workers else None
    try:
        if pool is not None:
            pool.start()
        with tempfile.TemporaryDirectory() as tmp:
            warm = Path(tmp) / "warm"
            warm.mkdir()
            _run(base_url, _dataset(warm, concurrency), warm / "run", concurrency, grounding=pool)  # warm up
            data = _dataset(Path(tmp), articles)
            processing, whole, n = _run(base_url, data, Path(tmp) / "run", concurrency, grounding=pool)
        raw = raw_client(base_url, concurrency, min(articles, 8 * concurrency))
    finally:
        if pool is not None:
            pool.close()
        proc.terminate()
    ideal = concurrency / latency
    rate = n / processing
    print(f"throughput: L={latency}s C={concurrency} N={n} grounding workers {grounding_workers}: {rate:.1f} articles/s, "
          f"ideal C/L = {ideal:.1f}/s, ratio {rate / ideal:.3f} (floor 0.9); a bare HTTP client against the same "
          f"endpoint {raw:.1f}/s (ratio {raw / ideal:.3f}), the pipeline at {rate / raw:.3f} of it; "
          f"whole run_eval incl. metrics+reports {n / whole:.1f}/s")  # fmt: skip
    return rate / ideal


def memory(concurrency: int, articles: int, pad: int = 0) -> None:
    base_url, proc = _endpoint(0.0)
    marks = {max(1, articles // 10): "10%", articles // 2: "50%", articles: "100%"}
    seen: dict[str, float] = {}
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_mb())
            time.sleep(0.2)

    def on_record(n: int) -> None:
        if n in marks:
            seen[marks[n]] = _rss_mb()

    sampler = threading.Thread(target=sample, daemon=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data = _dataset(Path(tmp), articles, pad)
            before = _rss_mb()
            sampler.start()
            processing, whole, n = _run(base_url, data, Path(tmp) / "run", concurrency, on_record)
            after = _rss_mb()
            size = data.stat().st_size / 2**20
            stop.set()
    finally:
        proc.terminate()
    print(f"memory: N={n} C={concurrency} dataset {size:.0f} MB: RSS before {before:.0f} MB; while writing records "
          + ", ".join(f"{k} {v:.0f} MB" for k, v in seen.items())
          + f"; after metrics+reports {after:.0f} MB; peak {peak[0]:.0f} MB "
          f"({n / processing:.0f} articles/s, run_eval {whole:.0f} s)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=4.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--articles", type=int, default=256)
    parser.add_argument("--memory-articles", type=int, default=10_000)
    parser.add_argument("--memory-concurrency", type=int, default=32)
    parser.add_argument("--pad", type=int, default=0,
                        help="memory run: N more sentences per article (100 = 3,500 characters, a news article)")
    parser.add_argument("--grounding-workers", type=int, default=0,
                        help="ground answers on N worker processes (eval --grounding-workers)")
    args = parser.parse_args()
    ratio = throughput(args.latency, args.concurrency, args.articles, args.grounding_workers) if args.articles else 1.0
    if args.memory_articles:
        memory(args.memory_concurrency, args.memory_articles, args.pad)
    return 0 if ratio >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
