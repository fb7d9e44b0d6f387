"""Golden files: reviewed outputs kept in git. ``UPDATE_GOLDEN=1`` rewrites them on purpose
(``make update-golden``); otherwise any difference fails with the first differing line."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def assert_golden(name: str, actual: bytes) -> None:
    path = GOLDEN_DIR / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)
        return
    assert path.exists(), f"no golden file {name}: run `make update-golden` and review it"
    expected = path.read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(),
            actual.decode("utf-8", "replace").splitlines(),
            "golden",
            "now",
            n=1,
            lineterm="",
        )
        raise AssertionError(f"{name} differs from its golden file:\n" + "\n".join(list(diff)[:40]))
