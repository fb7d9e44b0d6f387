"""Documents are rendered once per revision and then served from the cache."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from service.store import doccache
from service.store.models import PlanRecord


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    cache.clear()


def _counting(data: bytes) -> tuple[list[int], Any]:
    calls: list[int] = []

    def make() -> bytes:
        calls.append(1)
        return data

    return calls, make


def test_the_same_revision_renders_once() -> None:
    calls, make = _counting(b"%PDF-1.7 one")
    first = doccache.document_cached("plan-1", 3, "pdf", "council", make)
    second = doccache.document_cached("plan-1", 3, "pdf", "council", make)
    assert first == second == b"%PDF-1.7 one" and len(calls) == 1


def test_another_revision_format_or_variant_renders_again() -> None:
    calls, make = _counting(b"x")
    for key in [("plan-1", 3, "pdf", "council"), ("plan-1", 4, "pdf", "council"),
                ("plan-1", 3, "docx", "council"), ("plan-1", 3, "pdf", "my-plan")]:  # fmt: skip
        doccache.document_cached(*key, make)
    assert len(calls) == 4


def test_very_large_documents_are_not_kept() -> None:
    calls, make = _counting(b"a" * (doccache.MAX_CACHED_BYTES + 1))
    doccache.document_cached("plan-1", 1, "audio", "easy-read", make)
    doccache.document_cached("plan-1", 1, "audio", "easy-read", make)
    assert len(calls) == 2


def test_the_api_serves_a_second_download_without_rendering(
    shared_plan: PlanRecord, api_as: Any, practitioner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import service.store.documents as endpoint

    renders: list[str] = []
    real_render = endpoint.render

    def counting_render(*args: Any, **kwargs: Any) -> bytes:
        renders.append(args[1])
        return real_render(*args, **kwargs)

    monkeypatch.setattr(endpoint, "render", counting_render)
    api = api_as(practitioner)
    url = f"/api/plans/{shared_plan.public_id}/documents/md?variant=my-plan"
    first, second = api.get(url), api.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and renders == ["md"]


def test_changing_a_template_changes_the_key(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deploy that changes a layout must never be served yesterday's cached document."""
    template = tmp_path / "plan_templates" / "council.md.j2"
    template.parent.mkdir()
    template.write_text("# Plan for {{ name }}")
    monkeypatch.setattr(doccache, "ROOT", tmp_path)

    def fingerprint() -> str:
        doccache.renderer_fingerprint.cache_clear()
        return doccache.renderer_fingerprint()

    before = fingerprint()
    template.write_text("# My plan, for {{ name }}")
    after = fingerprint()
    doccache.renderer_fingerprint.cache_clear()
    assert before != after and len(after) == 16
