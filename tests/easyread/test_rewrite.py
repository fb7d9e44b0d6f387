"""The optional LLM rewrite: kept only when it passes the linter and keeps every fact."""

from __future__ import annotations

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from service.documents.easyread import build
from service.documents.easyread.rewrite import facts, rewrite_row, rewrite_text
from tests.easyread.conftest import DEMO_PLANS as PLANS

ORIGINAL = (
    "Jane Hollis visits on Tuesday 8 December 2026 at 2pm and the swimming costs £5.80 each week."
)


def model(answer: str) -> FakeListChatModel:
    return FakeListChatModel(responses=[answer])


def test_facts_found_in_text() -> None:
    found = facts(ORIGINAL)
    assert found.money == {"£5.80"}
    assert "2pm" in found.numbers and "8 December 2026" in found.dates
    assert found.days == {"Tuesday"} and "Jane Hollis" in found.names


def test_a_good_rewrite_is_accepted() -> None:
    answer = "Jane Hollis comes on Tuesday 8 December 2026.\nShe comes at 2pm.\nSwimming costs £5.80 each week."
    result = rewrite_text(model(answer), ORIGINAL, "Mary Brown")
    assert result.accepted, result.reasons
    assert result.sentences == [
        "Jane Hollis comes on Tuesday 8 December 2026.",
        "She comes at 2pm.",
        "Swimming costs £5.80 each week.",
    ]


def test_a_rewrite_that_loses_money_or_a_day_is_refused() -> None:
    answer = "Jane Hollis comes on 8 December 2026 at 2pm.\nSwimming costs a little each week."
    result = rewrite_text(model(answer), ORIGINAL, "Mary Brown")
    assert not result.accepted and result.sentences == []
    assert "lost fact: £5.80" in result.reasons and "lost fact: Tuesday" in result.reasons


def test_a_rewrite_that_is_not_easy_read_is_refused() -> None:
    answer = "Jane Hollis (my sister) comes on Tuesday 8 December 2026 at 2pm; swimming costs £5.80 each week."
    result = rewrite_text(model(answer), ORIGINAL, "Mary Brown")
    assert not result.accepted
    assert any(r.startswith("linter: punctuation") for r in result.reasons)


def test_a_failing_model_leaves_the_deterministic_text() -> None:
    class Broken:
        def invoke(self, _: object) -> object:
            raise TimeoutError("no answer")

    result = rewrite_text(Broken(), ORIGINAL, "Mary Brown")
    assert not result.accepted and result.reasons == ["model error: TimeoutError"]


def test_rewrite_row_replaces_free_text_only_when_accepted() -> None:
    doc = build(PLANS[sorted(PLANS)[0]])
    row = next(
        r
        for r in doc.rows()
        if any(x.free for x in r.lines) and not any(i.source == r.source for i in doc.left_out)
    )
    before = [line.text for line in row.lines]
    refused = rewrite_row(
        model("Something else entirely, with no facts kept at all and far too many words in it."),
        doc,
        row,
    )
    assert not refused.accepted and [line.text for line in row.lines] == before
    fixed = [line.text for line in row.lines if not line.free]
    free = " ".join(line.text for line in row.lines if line.free)
    accepted = rewrite_row(model(free), doc, row)  # the same sentences: easy read, every fact kept
    assert accepted.accepted, accepted.reasons
    assert [line.text for line in row.lines if not line.free] == fixed


def test_build_with_a_model_keeps_the_deterministic_text_when_facts_would_be_lost() -> None:
    from langchain_core.messages import AIMessage

    from service.documents.easyread import lint_document

    plan = PLANS["florence-and-mary"] if "florence-and-mary" in PLANS else PLANS[sorted(PLANS)[0]]
    plain = build(plan)

    def original(source: str) -> str:
        free = [ln.text for r in plain.rows() if r.source == source for ln in r.lines if ln.free]
        return " ".join(free + [i.text for i in plain.left_out if i.source == source])

    with_facts = [
        i.source for i in plain.left_out if facts(original(i.source)).missing_from("I have help.")
    ]
    assert with_facts  # the demo plans have left-out sentences with names, numbers or dates

    class Vague:
        calls = 0

        def invoke(self, messages: list[object]) -> AIMessage:
            Vague.calls += 1
            return AIMessage(content="I have help.")

    improved = build(plan, model=Vague())
    assert Vague.calls == len({i.source for i in plain.left_out})
    for source in with_facts:
        assert [i.text for i in improved.left_out if i.source == source] == [
            i.text for i in plain.left_out if i.source == source
        ]
    assert lint_document(improved).failures == 0
