"""Documents cached by plan revision.

A revision never changes, so neither does its document: the first download renders (WeasyPrint
takes about a second, audio longer) and later ones are served from the cache. The key carries a
fingerprint of the renderers and templates, so a deploy that changes how documents look never
serves yesterday's layout. With ``CAREPLAN_REDIS_URL`` the cache is shared by every worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache as memoise
from pathlib import Path

from django.core.cache import cache

ROOT = Path(__file__).resolve().parents[2]
# What a document's bytes depend on besides the plan revision.
SOURCES = ("plan_templates", "prompts", "service/documents", "service/plan")
MAX_CACHED_BYTES = 5 * 1024 * 1024  # audio can be larger; it is rendered each time
ONE_DAY = 24 * 60 * 60


@memoise
def renderer_fingerprint() -> str:
    digest = hashlib.sha256()
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {
                ".py",
                ".yaml",
                ".md",
                ".html",
                ".css",
                ".j2",
                ".xml",
                ".txt",
                ".ics",
                ".jinja",
            }:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_cached(
    plan_id: str, revision: int, fmt: str, variant: str, make: Callable[[], bytes]
) -> bytes:
    """The document for one revision, rendered by ``make`` only when it is not cached yet."""
    key = f"careplan:doc:{renderer_fingerprint()}:{plan_id}:{revision}:{fmt}:{variant}"
    data: bytes | None = cache.get(key)
    if data is None:
        data = make()
        if len(data) <= MAX_CACHED_BYTES:
            cache.set(key, data, timeout=ONE_DAY)
    return data
