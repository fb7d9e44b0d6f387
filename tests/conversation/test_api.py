"""The conversation over HTTP: a full run produces a valid plan whose provenance points at the
turns, every answer is a plan revision, restarts lose nothing, and errors are 409/422/404."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from service.conversation import ConversationState
from service.plan import parse_plan
from service.store import conversations as store
from service.store import selectors
from service.store.conversations import ConversationRecord
from service.store.models import AuditEvent, PlanRecord, Revision
from tests.conversation.test_engine import FLORENCE

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.conversation.urls")]
BASE = "/api/conversations"


def _start(client: Any, **body: Any) -> dict[str, Any]:
    response = client.post(BASE, {"audience": "person", **body})
    assert response.status_code == 201, response.content
    return response.json()


def _run(client: Any, conv: dict[str, Any], script: dict[str, str]) -> dict[str, Any]:
    question = conv["question"]
    reply = conv
    while question is not None:
        said = script.get(question["id"], "skip")
        reply = client.post(
            f"{BASE}/{conv['id']}/answers", {"question_id": question["id"], "text": said}
        ).json()
        if reply.get("clarify"):
            reply = client.post(
                f"{BASE}/{conv['id']}/answers", {"question_id": question["id"], "text": "skip"}
            ).json()
        question = reply["question"]
    return reply


def test_full_conversation_over_http(person: Any, api_as: Callable[[Any], Any]) -> None:
    client = api_as(person)
    conv = _start(client)
    assert conv["question"]["id"] == "consent" and conv["plan_revision"] == 1
    assert set(conv["question"]) >= {"id", "section", "kind", "text", "choices", "fills", "help"}
    last = _run(client, conv, FLORENCE)
    assert last["question"] is None and last["progress"]["percent"] == 100
    record = PlanRecord.objects.get(public_id=conv["plan_id"])
    plan = parse_plan(selectors.plan_current(record).to_json())
    assert plan.person.name == "Florence Brown" and plan.needs[0].description == "cleaning"
    state = ConversationState.model_validate(client.get(f"{BASE}/{conv['id']}").json()["state"])
    for entries in plan.provenance.values():
        for entry in entries:
            assert entry.quote and entry.quote.lower() in state.transcript[entry.turn].text.lower()
    sources = set(Revision.objects.filter(plan=record).values_list("source", flat=True))
    changed = sum(1 for r in state.answers.values() if r.applied)
    assert sources == {"conversation"} and record.revision == 1 + changed  # one revision per change
    reads = AuditEvent.objects.filter(plan=record, action="read").count()
    summary = client.get(f"{BASE}/{conv['id']}/summary").json()
    assert (
        AuditEvent.objects.filter(plan=record, action="read").count() == reads + 1
    )  # reads are audited
    assert summary["finished"] and any(s["id"] == "needs" for s in summary["sections"])
    confirmed = client.post(f"{BASE}/{conv['id']}/confirm", {})
    assert confirmed.status_code == 200
    record.refresh_from_db()
    assert selectors.plan_current(record).involvement.agreement.steps_taken


def test_answer_errors(person: Any, api_as: Callable[[Any], Any]) -> None:
    client = api_as(person)
    conv = _start(client)
    url = f"{BASE}/{conv['id']}/answers"
    wrong = client.post(url, {"question_id": "name", "text": "Jo"})
    assert wrong.status_code == 409 and "consent" in wrong.json()["message"]
    empty = client.post(url, {"question_id": "consent", "text": "   "})
    assert empty.status_code == 422 and "empty" in empty.json()["errors"][0]["message"]
    long = client.post(url, {"question_id": "consent", "text": "x" * 5001})
    assert long.status_code == 422 and "5,000" in long.json()["errors"][0]["message"]
    assert client.post(url, {"question_id": "consent", "text": "yes"}).status_code == 200
    again = client.post(url, {"question_id": "consent", "text": "yes"})
    assert again.status_code == 409  # the same turn answered twice: the second is refused


def test_racing_answers_one_wins(
    person: Any, api_as: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = api_as(person)
    conv = _start(client)
    url = f"{BASE}/{conv['id']}/answers"
    client.post(url, {"question_id": "consent", "text": "yes"})
    real = store.engine.answer

    def interleaved(*args: Any, **kwargs: Any) -> Any:
        """Request A has read the conversation; request B answers the same turn and saves first."""
        monkeypatch.setattr(store.engine, "answer", real)
        store.conversation_answer(
            actor=person, conversation_id=conv["id"], question_id="name", text="Ann Lee"
        )
        return real(*args, **kwargs)

    monkeypatch.setattr(store.engine, "answer", interleaved)
    late = client.post(url, {"question_id": "name", "text": "Anne Leigh"})
    assert late.status_code == 409  # refused whole, not merged
    plan = selectors.plan_current(PlanRecord.objects.get(public_id=conv["plan_id"]))
    assert plan.person.name == "Ann Lee" and plan.provenance["person.name"][0].quote == "Ann Lee"
    state = ConversationState.model_validate(
        ConversationRecord.objects.get(public_id=conv["id"]).state
    )
    assert state.answers["name"].text == "Ann Lee" and state.current == "helper"


def test_restart_loses_nothing_and_back_leaves_no_stale_facts(
    person: Any, api_as: Callable[[Any], Any]
) -> None:
    client = api_as(person)
    conv = _start(client)
    url = f"{BASE}/{conv['id']}/answers"
    for qid, said in [("consent", "yes"), ("name", "Jo Bloggs"), ("helper", "my son Dave")]:
        client.post(url, {"question_id": qid, "text": said})
    resumed = api_as(person).get(f"{BASE}/{conv['id']}").json()  # a new client: nothing in memory
    assert resumed["question"]["id"] == "formats" and len(resumed["transcript"]) == 7
    back = client.post(f"{BASE}/{conv['id']}/back", {"question_id": "helper"}).json()
    assert (
        back["question"]["id"] == "helper" and back["question"]["previous_answer"] == "my son Dave"
    )
    client.post(url, {"question_id": "helper", "text": "my daughter Sue"})
    plan = selectors.plan_current(PlanRecord.objects.get(public_id=conv["plan_id"]))
    assert [(p.name, p.relationship) for p in plan.involvement.people] == [("Sue", "daughter")]


def test_existing_plan_prefills_and_outsiders_see_nothing(
    shared_plan: PlanRecord, practitioner: Any, outsider: Any, api_as: Callable[[Any], Any]
) -> None:
    conv = _start(api_as(practitioner), plan_id=shared_plan.public_id, audience="practitioner")
    assert conv["plan_id"] == shared_plan.public_id
    assert any("already" in m for m in conv["messages"])
    stranger = api_as(outsider)
    assert stranger.get(f"{BASE}/{conv['id']}").status_code == 404
    answer = {"question_id": "consent", "text": "yes"}
    assert stranger.post(f"{BASE}/{conv['id']}/answers", answer).status_code == 404
    assert (
        stranger.post(BASE, {"audience": "person", "plan_id": shared_plan.public_id}).status_code
        == 404
    )


def test_value_answers_and_validation(person: Any, api_as: Callable[[Any], Any]) -> None:
    client = api_as(person)
    conv = _start(client)
    url = f"{BASE}/{conv['id']}/answers"
    both = client.post(url, {"question_id": "consent", "text": "yes", "value": True})
    assert both.status_code == 422
    assert (
        client.post(url, {"question_id": "consent", "value": True}).json()["question"]["id"]
        == "name"
    )
    assert client.post(BASE, {"audience": "robot"}).status_code == 422


def test_misconfigured_llm_never_breaks_an_answer(
    person: Any, api_as: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.api import conversations as api_module

    monkeypatch.setenv("CAREPLAN_LLM", "ollama:llama3.1")  # the provider package is not installed
    api_module._proposer.cache_clear()
    try:
        client = api_as(person)
        conv = _start(client)
        reply = client.post(
            f"{BASE}/{conv['id']}/answers", {"question_id": "consent", "text": "yes"}
        )
        assert reply.status_code == 200 and api_module._proposer() is None
    finally:
        api_module._proposer.cache_clear()


def test_openapi_documents_every_endpoint() -> None:
    from tests.conversation.urls import api

    schema = api.get_openapi_schema()
    paths = schema["paths"]
    assert {"/api/conversations", "/api/conversations/{conversation_id}/answers",
            "/api/conversations/{conversation_id}/back", "/api/conversations/{conversation_id}",
            "/api/conversations/{conversation_id}/summary",
            "/api/conversations/{conversation_id}/confirm"} <= set(paths)  # fmt: skip
    answers = paths["/api/conversations/{conversation_id}/answers"]["post"]["responses"]
    assert {200, 409, 422} <= set(answers)


def test_a_practitioners_edit_between_turns_is_kept_with_the_answer(
    shared_plan: PlanRecord, person: Any, practitioner: Any, api_as: Callable[[Any], Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from service.store import services

    client = api_as(person)
    conv = _start(client, plan_id=shared_plan.public_id)
    url = f"{BASE}/{conv['id']}/answers"
    client.post(url, {"question_id": "consent", "text": "yes"})
    question = client.get(f"{BASE}/{conv['id']}").json()["question"]["id"]
    real = store.engine.answer

    def edited_meanwhile(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(store.engine, "answer", real)
        record = PlanRecord.objects.get(pk=shared_plan.pk)
        services.plan_patch(plan_id=record.public_id, patch={"person": {"phone": "01522 000000"}},
                            base_revision=record.revision, actor=practitioner)  # fmt: skip
        return real(*args, **kwargs)

    monkeypatch.setattr(store.engine, "answer", edited_meanwhile)
    reply = client.post(url, {"question_id": question, "text": "my son Dave"})
    assert reply.status_code == 200, reply.content
    plan = selectors.plan_current(PlanRecord.objects.get(pk=shared_plan.pk))
    assert plan.person.phone == "01522 000000" and reply.json()["accepted"]


def test_an_answer_and_the_summary_say_what_was_noted(
    person: Any, api_as: Callable[[Any], Any]
) -> None:
    client = api_as(person)
    conv = _start(client)
    client.post(f"{BASE}/{conv['id']}/answers", {"question_id": "consent", "text": "yes"})
    reply = client.post(
        f"{BASE}/{conv['id']}/answers", {"question_id": "name", "text": "Florence Brown"}
    ).json()
    assert reply["noted"] == ["Your name: Florence Brown"]
    summary = client.get(f"{BASE}/{conv['id']}/summary").json()
    items = [i for s in summary["sections"] for i in s["items"] if i["question_id"] == "name"]
    assert items[0]["noted"] == ["Your name: Florence Brown"]
