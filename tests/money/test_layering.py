"""The money modules are domain code: importable with no Django and no rules engine
(rules depend on plan, never the reverse; ARCHITECTURE.md layers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "service.plan.budget",
    "service.plan.directpayment",
    "service.plan.money_indicative",
    "service.plan.money_plan",
]


def test_money_modules_import_without_django_or_rules() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'django', 'ninja'}"
        " or m.startswith('service.rules') or m.startswith('service.store'))\n"
        "print(','.join(bad))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""
