"""The rule catalogue (../shared/domain/RULES.md) as the tests read it: id -> (level, verified).

The shared file is parsed when it is there (the source of truth); otherwise the checked-in copy
``catalogue_ids.txt`` is used, so the suite also runs outside the team workspace.
"""

from __future__ import annotations

import re
from pathlib import Path

SHARED = Path("/work/shared/domain/RULES.md")
CHECKED_IN = Path(__file__).with_name("catalogue_ids.txt")
_ROW = re.compile(r"^\|\s*((?:CA|LCC|GP)-\d{2})\s*\|(.*)$")
_LEVELS = {"MUST": "must", "SHOULD": "should"}


def _row(rule_id: str, rest: str) -> tuple[str, str | None]:
    cells = [c.strip() for c in rest.strip().strip("|").split("|")]
    if rule_id.startswith("GP-"):
        return "good", None
    level = next((_LEVELS[c] for c in cells if c in _LEVELS), "should")
    verified = cells[-1] if cells and cells[-1] in ("V", "S", "U") else None
    return level, verified


def parse(text: str) -> dict[str, tuple[str, str | None]]:
    rows = (_ROW.match(line) for line in text.splitlines())
    return {m.group(1): _row(m.group(1), m.group(2)) for m in rows if m}


def catalogue() -> dict[str, tuple[str, str | None]]:
    if SHARED.is_file():
        return parse(SHARED.read_text(encoding="utf-8"))
    lines = CHECKED_IN.read_text(encoding="utf-8").split()
    return {
        rid: (level, None if ver == "-" else ver)
        for rid, level, ver in (ln.split(",") for ln in lines)
    }
