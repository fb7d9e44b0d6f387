"""POST /api/easy-read/check and /api/easy-read/preview, exercised through django-ninja."""

from __future__ import annotations

from typing import Any

import pytest
from ninja.testing import TestClient

from service.api.easyread import router
from service.demo import load_demo_json


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(router)


def test_check_returns_violations_with_positions_and_scores(client: TestClient) -> None:
    text = "# Can I get help?\nMy PA comes three times a week; she is nice."
    response = client.post("/easy-read/check", json={"text": text})
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    found = {(v["code"], text[v["start"] : v["end"]]) for v in body["violations"]}
    assert ("acronym", "PA") in found and ("number_word", "three") in found
    assert ("punctuation", ";") in found
    assert not [v for v in body["violations"] if v["code"] == "question"]  # a heading
    assert body["passed"] is False and body["failures"] >= 3
    assert {"flesch_reading_ease", "flesch_kincaid_grade", "words"} <= body["readability"].keys()
    assert all(v["suggestion"] for v in body["violations"])


def test_check_passes_easy_read_text(client: TestClient) -> None:
    response = client.post("/easy-read/check", json={"text": "I live in a flat. My mum helps me."})
    assert response.json()["passed"] is True


def test_check_refuses_missing_or_huge_text(client: TestClient) -> None:
    assert client.post("/easy-read/check", json={}).status_code == 422
    assert client.post("/easy-read/check", json={"text": "a " * 60_000}).status_code == 422


def test_preview_builds_the_easy_read_of_a_posted_plan(client: TestClient) -> None:
    plan = load_demo_json("carer-plan")
    response = client.post("/easy-read/preview", json={"plan": plan})
    assert response.status_code == 200
    body = response.json()
    assert body["check"]["passed"] is True
    titles = [s["title"] for s in body["document"]["sections"]]
    assert titles[0] == "About this plan" and titles[-1] == "Who to contact"
    assert isinstance(body["document"]["left_out"], list)


def test_preview_of_an_invalid_plan_is_refused(client: TestClient) -> None:
    from service.errors import PlanInvalid

    # Without the central error handler (the real API maps PlanInvalid to 422) the error surfaces.
    with pytest.raises(PlanInvalid):
        client.post("/easy-read/preview", json={"plan": {"needs": [{"id": "n1"}]}})


@pytest.fixture(scope="module")
def api_client() -> TestClient:
    """The router behind the project's error handler, as the real API mounts it (prefix "")."""
    from ninja import NinjaAPI

    from service.api import errors
    from service.api.easyread import router as easy_read_router

    api = NinjaAPI(urls_namespace="easyread-test")
    errors.install(api)
    api.add_router("", easy_read_router)
    return TestClient(api)


def test_invalid_plan_is_a_422_in_the_error_vocabulary(api_client: TestClient) -> None:
    response = api_client.post("/easy-read/preview", json={"plan": {"needs": [{"id": "n1"}]}})
    assert response.status_code == 422
    assert response.json()["code"] == "invalid" and response.json()["errors"]


def test_rewrite_without_a_language_model_is_a_503(
    api_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREPLAN_LLM", raising=False)
    response = api_client.post(
        "/easy-read/preview?rewrite=true", json={"plan": load_demo_json("carer-plan")}
    )
    assert response.status_code == 503
    assert response.json()["code"] == "unavailable"
