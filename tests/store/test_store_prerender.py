"""A stored revision's document is made one way for the pages and the API, and the revisions
people are about to download (sent for sign-off, signed off) are rendered in the background."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from service.store import documents, services
from service.store.models import PlanRecord, Revision


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    cache.clear()


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, Any]]:
    """Every real render: (format, variant, the date it was told to print)."""
    seen: list[tuple[str, str, Any]] = []
    real = documents.render

    def counting(plan: Any, fmt: str, variant: str, *args: Any, **kwargs: Any) -> bytes:
        seen.append((fmt, variant, kwargs.get("generated_at")))
        return real(plan, fmt, variant, *args, **kwargs)

    monkeypatch.setattr(documents, "render", counting)
    return seen


def _send_for_sign_off(record: PlanRecord, actor: Any, capture: Any) -> None:
    with capture(execute=True):
        services.plan_set_status(
            plan_id=record.public_id, status="ready_for_sign_off", base_revision=1, actor=actor
        )
    documents.prerender_wait(timeout=60)


@pytest.fixture
def no_blockers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "sign_off_blockers", lambda plan: [])


@pytest.mark.usefixtures("no_blockers")
def test_sending_for_sign_off_renders_the_usual_documents_ahead(
    shared_plan: PlanRecord, practitioner: Any, api_as: Any, settings: Any,
    renders: list[Any], django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    settings.CAREPLAN_PRERENDER = ["md:my-plan", "txt:council"]
    _send_for_sign_off(shared_plan, practitioner, django_capture_on_commit_callbacks)
    assert [(f, v) for f, v, _ in renders] == [("md", "my-plan"), ("txt", "council")]
    url = f"/api/plans/{shared_plan.public_id}/documents/md?variant=my-plan"
    assert api_as(practitioner).get(url).status_code == 200
    assert len(renders) == 2  # the first download came from the cache


def test_a_draft_revision_is_not_rendered_ahead(
    shared_plan: PlanRecord, practitioner: Any, settings: Any, renders: list[Any],
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    # A conversation saves a draft revision after every answer: rendering each would waste the
    # machine, so drafts wait for their first download.
    settings.CAREPLAN_PRERENDER = ["md:my-plan"]
    with django_capture_on_commit_callbacks(execute=True):
        services.plan_patch(
            plan_id=shared_plan.public_id, patch={"person": {"phone": "01632 960001"}},
            base_revision=1, actor=practitioner,
        )  # fmt: skip
    documents.prerender_wait(timeout=60)
    assert renders == []


@pytest.mark.usefixtures("no_blockers")
def test_a_failed_background_render_is_logged_and_the_rest_still_made(
    shared_plan: PlanRecord, practitioner: Any, settings: Any, renders: list[Any],
    django_capture_on_commit_callbacks: Any, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    settings.CAREPLAN_PRERENDER = ["md:council", "txt:my-plan"]
    counting = documents.render

    def broken_markdown(plan: Any, fmt: str, *args: Any, **kwargs: Any) -> bytes:
        if fmt == "md":
            raise RuntimeError("template exploded")
        return counting(plan, fmt, *args, **kwargs)

    monkeypatch.setattr(documents, "render", broken_markdown)
    with caplog.at_level(logging.ERROR, logger="service.store.documents"):
        _send_for_sign_off(shared_plan, practitioner, django_capture_on_commit_callbacks)
    assert "Could not prerender md council" in caplog.text
    assert [(f, v) for f, v, _ in renders] == [("txt", "my-plan")]


def test_the_pages_and_the_api_share_one_render_dated_by_the_revision(
    shared_plan: PlanRecord, practitioner: Any, api_as: Any, renders: list[Any]
) -> None:
    page = Client()
    page.force_login(practitioner)
    from_page = page.get(f"/plans/{shared_plan.public_id}/export/docx/my-plan/")
    url = f"/api/plans/{shared_plan.public_id}/documents/docx?variant=my-plan"
    from_api = api_as(practitioner).get(url)
    assert from_page.status_code == from_api.status_code == 200
    assert from_page.content == from_api.content
    revision = Revision.objects.get(plan=shared_plan, number=1)
    assert renders == [("docx", "my-plan", revision.created_at)]


def test_a_document_that_does_not_exist_fails_the_startup_check(settings: Any) -> None:
    settings.CAREPLAN_PRERENDER = ["pdf:council", "pdf:nonsense", "nope:my-plan"]
    errors = documents.check_prerender_setting()
    assert [e.id for e in errors] == ["careplan.E001", "careplan.E001"]
    assert "'pdf:nonsense'" in errors[0].msg and "'nope:my-plan'" in errors[1].msg
