"""Benchmark: what the plans API costs over HTTP, against a bare authenticated ninja endpoint.

Both sides go through the same Django stack in-process (Django's test ``Client``: middleware,
URL routing, bearer-token authentication against the database, JSON in and out), so the ratio
shows what the store adds: validating the plan, writing revision + audit rows, serving it back
with derived costs. Measured in the same run, on the same demo plan:

* baseline  ``POST /bench/echo`` (same body: json.loads, return a small dict) + ``GET /bench/ping``
* create    ``POST /api/plans`` (parse, store revision 1, audit, respond with plan and derived)
* read      ``GET /api/plans/{id}`` (load, audit, respond)
* update    ``PUT /api/plans/{id}`` with ``If-Match`` (compare-and-set, new revision)
* cycle     create + read, the headline ratio against baseline echo + ping

Runs against a throwaway test database (SQLite in memory, or ``test_<name>`` on PostgreSQL with
``DATABASE_URL``). Writes ``docs/bench/api.md``. Other areas reuse ``api_environment`` and
``baseline_seconds`` for their own ratios (``from bench.bench_api import ...``).
"""

from __future__ import annotations

import json
import os
import sys
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "service.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpRequest  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402
from django.urls import path  # noqa: E402
from ninja import NinjaAPI  # noqa: E402

from service.api.auth import api_auth  # noqa: E402
from service.demo import demo_plan_names, load_demo_json  # noqa: E402
from service.store.models import Profile, Role  # noqa: E402
from service.store.tokens import api_token_create  # noqa: E402

# Ceilings on time / baseline, with headroom over the first measurements on a busy 2-core
# machine (see docs/bench/api.md); they guard against regressions, not machine speed.
TARGETS = {"create": 12.0, "read": 8.0, "update": 12.0, "cycle": 10.0}
REPEATS, NUMBER = 5, 25


def _baseline_api() -> NinjaAPI:
    """The floor: the same authentication, a JSON body read, a small JSON answer."""
    bare = NinjaAPI(auth=api_auth(), urls_namespace="bench_baseline", docs_url=None)

    @bare.post("/echo")
    def echo(request: HttpRequest) -> dict[str, Any]:
        body = json.loads(request.body)
        return {"ok": True, "keys": len(body)}

    @bare.get("/ping")
    def ping(request: HttpRequest) -> dict[str, bool]:
        return {"ok": True}

    return bare


baseline_api = _baseline_api  # public name for other benchmarks (bench_conversation uses both)


def _urlconf() -> types.ModuleType:
    from service.urls import urlpatterns

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [path("bench/", _baseline_api().urls), *urlpatterns]  # type: ignore[attr-defined]
    return module


@dataclass
class ApiEnvironment:
    """A signed-in JSON client on a throwaway database, with the bare baseline mounted."""

    client: Client
    headers: dict[str, str]
    body: dict[str, Any]

    def post(self, url: str, body: Any, **headers: str) -> Any:
        data = json.dumps(body)
        return self.client.post(
            url, data, content_type="application/json", headers={**self.headers, **headers}
        )

    def put(self, url: str, body: Any, **headers: str) -> Any:
        data = json.dumps(body)
        return self.client.put(
            url, data, content_type="application/json", headers={**self.headers, **headers}
        )

    def get(self, url: str) -> Any:
        return self.client.get(url, headers=self.headers)


@contextmanager
def api_environment() -> Iterator[ApiEnvironment]:
    """Create the test database, a practitioner with a token, and a client; drop it all after."""
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with override_settings(ROOT_URLCONF=_urlconf()):
            user = get_user_model().objects.create_user(username="bench.practitioner")
            Profile.objects.create(user=user, role=Role.practitioner)
            token = api_token_create(user, "bench")[1]
            body = load_demo_json(demo_plan_names()[0])
            yield ApiEnvironment(Client(), {"Authorization": f"Bearer {token}"}, body)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def seconds_per_call(fn: Callable[[], Any], number: int = NUMBER, repeats: int = REPEATS) -> float:
    """Best of ``repeats`` runs of ``number`` calls, in seconds per call."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number)
    return min(runs)


def baseline_seconds(env: ApiEnvironment, number: int = NUMBER) -> float:
    """Seconds for one bare authenticated POST (with the demo plan as body) plus one GET."""

    def cycle() -> None:
        assert env.post("/bench/echo", env.body).status_code == 200
        assert env.get("/bench/ping").status_code == 200

    return seconds_per_call(cycle, number)


def measure(env: ApiEnvironment) -> dict[str, float]:
    plan_ids: list[str] = []

    def create() -> None:
        response = env.post("/api/plans", env.body)
        assert response.status_code == 201, response.content[:200]
        plan_ids.append(response.json()["id"])

    create()
    target = f"/api/plans/{plan_ids[0]}"
    revision = [1]

    def update() -> None:
        response = env.put(target, env.body, If_Match=f'"{revision[0]}"')
        assert response.status_code == 200, response.content[:200]
        revision[0] += 1

    def read() -> None:
        assert env.get(target).status_code == 200

    def cycle() -> None:
        create()
        assert env.get(f"/api/plans/{plan_ids[-1]}").status_code == 200

    operations: dict[str, Callable[[], Any]] = {
        "baseline_post": lambda: env.post("/bench/echo", env.body),
        "baseline_get": lambda: env.get("/bench/ping"),
        "create": create,
        "read": read,
        "update": update,
        "cycle": cycle,
    }
    # Interleaved: every round times each operation once, so a burst of load on a shared
    # machine hits the baseline and the plans API alike; the best round of each is kept.
    best = {name: float("inf") for name in operations}
    for _ in range(REPEATS):
        for name, fn in operations.items():
            best[name] = min(best[name], seconds_per_call(fn, NUMBER, repeats=1))
    best["baseline"] = best["baseline_post"] + best["baseline_get"]
    return best


def report(times: dict[str, float], body_bytes: int) -> tuple[list[str], list[str]]:
    bases = {
        "create": times["baseline_post"],
        "read": times["baseline_get"],
        "update": times["baseline_post"],
        "cycle": times["baseline"],
    }
    rows = [
        f"| bare POST + GET (baseline) | {times['baseline'] * 1000:.2f} | 1.00 | - | - |",
        f"| bare POST (create/update baseline) | {times['baseline_post'] * 1000:.2f} | - | - | - |",
        f"| bare GET (read baseline) | {times['baseline_get'] * 1000:.2f} | - | - | - |",
    ]
    failed = []
    for name, target in TARGETS.items():
        ratio = times[name] / bases[name]
        ok = ratio <= target
        failed += [] if ok else [name]
        rows.append(
            f"| {name} | {times[name] * 1000:.2f} | {ratio:.2f} | ≤ {target:.1f} | "
            f"{'pass' if ok else 'FAIL'} |"
        )
    return rows, failed


def write(rows: list[str], body_bytes: int) -> None:
    text = [
        "## Plans API over HTTP (store, revisions, audit)",
        "",
        f"`bench/bench_api.py` on {connection.vendor} ({'in memory' if connection.vendor == 'sqlite' else 'local server'}).",
        f"Milliseconds per request (best of {REPEATS} × {NUMBER}) through Django's full stack",
        f"in-process, with the demo plan `{demo_plan_names()[0]}` ({body_bytes:,} bytes of JSON) as body.",
        "The baseline is a bare django-ninja endpoint with the same bearer-token authentication",
        "that reads the same body and answers a small JSON object; create/update are compared",
        "with the bare POST, read with the bare GET, the create + read cycle with both.",
        "",
        "| operation | ms per request | ratio to baseline | target | result |",
        "| --- | ---: | ---: | --- | --- |",
        *rows,
        "",
        "Where the time goes: a create validates the plan with pydantic (~1 ms for the demo plan),",
        "writes three rows (plan, revision snapshot, audit event) in one transaction, and answers",
        "with the plan and its derived costs, so its cost grows with the plan, not the history.",
        "",
    ]
    out = ROOT / "docs" / "bench" / "api.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(text), encoding="utf-8")


def main() -> int:
    with api_environment() as env:
        times = measure(env)
        body_bytes = len(json.dumps(env.body))
        rows, failed = report(times, body_bytes)
        write(rows, body_bytes)
    print("\n".join(rows))
    print(f"create + read cycle / baseline = {times['cycle'] / times['baseline']:.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
