"""Demo plans: realistic, clearly fictional care and support plans for ``make run``, tests and docs.

The plans are JSON files in ``plans/`` written from the case studies in the Care Act workbook
(seed 004) and the Lincolnshire procedure (seed 001); ``docs/demo.md`` says which passage each one
comes from and which gaps are left on purpose. Pure Python: no Django here.
"""

from __future__ import annotations

import json
from pathlib import Path

from service.errors import NotFound
from service.plan import Plan, parse_plan

DEMO_DIR = Path(__file__).resolve().parent / "plans"


def demo_plan_names() -> list[str]:
    """The demo plans' names (file stems), sorted so every caller sees the same order."""
    return sorted(path.stem for path in DEMO_DIR.glob("*.json"))


def demo_plan_path(name: str) -> Path:
    """The file holding demo plan ``name``; refuses names that are not demo plans."""
    if name not in demo_plan_names():
        raise NotFound(f"There is no demo plan called {name!r}")
    return DEMO_DIR / f"{name}.json"


def load_demo_json(name: str) -> dict[str, object]:
    """The raw JSON of demo plan ``name``, as a client would send it."""
    with demo_plan_path(name).open(encoding="utf-8") as fh:
        data: dict[str, object] = json.load(fh)
    return data


def load_demo_plan(name: str) -> Plan:
    """Demo plan ``name`` validated as a ``Plan`` (raises ``PlanInvalid`` if a file is broken)."""
    return parse_plan(load_demo_json(name))


def load_demo_plans() -> dict[str, Plan]:
    """Every demo plan by name, in sorted order."""
    return {name: load_demo_plan(name) for name in demo_plan_names()}
