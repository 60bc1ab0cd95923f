"""Measure the web app's throughput and latency on 127.0.0.1: health, a walkthrough page, a practice submission.

Starts the real server (uvicorn, one process, a fresh SQLite database in a temp folder) in a subprocess, then
drives it from a few client threads with keep-alive connections for a bounded number of requests per route,
and prints requests/s, p50 and p99 latency, and each route's throughput as a share of the health route's.

    python bench/web.py [--requests 2000] [--clients 4]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

HOST = "127.0.0.1"
TOKEN = re.compile(r'"X-CSRF-Token": "([^"]+)"')
TARGETS = {"walkthrough page": 0.30, "practice submission": 0.20}


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    seconds: float
    latencies: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def serve(port: int, database_url: str) -> None:
    """Run the app in this process (the subprocess side of the benchmark)."""
    import uvicorn

    from starcoach.web.app import create_app
    from starcoach.web.settings import Settings

    app = create_app(Settings(database_url=database_url))
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False, ws="none")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited during start-up")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the server did not start within 60 s")


Request = Callable[[httpx.Client], httpx.Response]


def run(name: str, make: Callable[[httpx.Client], Request], base: str, total: int, clients: int) -> Result:
    """Send `total` requests from `clients` threads; each thread prepares its request once."""
    per = max(1, total // clients)
    latencies: list[list[float]] = [[] for _ in range(clients)]
    barrier = threading.Barrier(clients + 1)

    def worker(n: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            send = make(client)
            send(client)  # warm the connection and the route
            barrier.wait()
            for _ in range(per):
                start = time.perf_counter()
                response = send(client)
                latencies[n].append(time.perf_counter() - start)
                if response.status_code != 200:
                    raise SystemExit(f"{name}: HTTP {response.status_code}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return Result(name, per * clients, elapsed, [x for part in latencies for x in part])


def scenarios(question: str, answer: Mapping[str, str]) -> dict[str, Callable[[httpx.Client], Request]]:
    """Return, per route, a factory of the request each client sends."""

    def health(_: httpx.Client) -> Request:
        return lambda c: c.get("/health")

    def walkthrough(_: httpx.Client) -> Request:
        return lambda c: c.get(f"/learn/{question}")

    def submission(client: httpx.Client) -> Request:
        found = TOKEN.search(client.get("/progress").text)
        assert found, "no CSRF token on the page"
        form: dict[str, str] = {"csrf_token": found.group(1), "mode": "steps", "level": "sde2"}
        form.update(answer)
        return lambda c: c.post(f"/practice/{question}", data=form, headers={"HX-Request": "true"})

    return {"health": health, "walkthrough page": walkthrough, "practice submission": submission}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000, help="requests per route (default 2000)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads (default 4)")
    parser.add_argument("--serve", nargs=2, metavar=("PORT", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(int(args.serve[0]), args.serve[1])
        return

    from starcoach.content.loader import load_library

    library = load_library()
    walkthrough = library.walkthroughs[sorted(library.walkthroughs)[0]]
    answer = {str(step): text for step, text in walkthrough.strong_answer().items()}
    with tempfile.TemporaryDirectory() as folder:
        port = _free_port()
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(port), url], env=os.environ.copy())
        base = f"http://{HOST}:{port}"
        try:
            _wait(base, server)
            results = [
                run(name, make, base, args.requests, args.clients)
                for name, make in scenarios(walkthrough.id, answer).items()
            ]
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(results, walkthrough.id, args.clients)


def report(results: list[Result], question: str, clients: int) -> None:
    """Print one line per route and the ratios against the health route."""
    print(f"starcoach web benchmark: 1 uvicorn process, {clients} keep-alive clients, question {question}")
    print(f"{'route':<22}{'requests':>9}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'of health':>11}{'target':>8}")
    health = results[0].rps
    for r in results:
        share = r.rps / health
        target = TARGETS.get(r.name)
        mark = "" if target is None else f">={target:.0%} {'ok' if share >= target else 'MISS'}"
        print(
            f"{r.name:<22}{r.requests:>9}{r.rps:>10.0f}{r.percentile(0.5):>9.1f}"
            f"{r.percentile(0.99):>9.1f}{share:>11.0%}  {mark}"
        )


if __name__ == "__main__":
    main()
