"""The optional LLM: fake chat models from langchain-core stand in for a provider. A proposal
is kept only if it is valid and grounded in the person's words; a hallucination is rejected."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from service.conversation import answer, start
from service.conversation.llm import LlmOutputInvalid, LlmProposer, LlmUnavailable, parse_reply
from service.llm import chat_model_from_env, proposer_from_env
from service.plan import Plan
from tests.conversation.helpers import TODAY

NEEDS_ANSWER = "I can't manage the ironing and I need someone to sort my tablets out"


def _reply(*facts: dict[str, Any]) -> str:
    return json.dumps({"facts": list(facts)})


def _at(question_id: str, plan: Plan | None = None):
    plan = plan or Plan()
    state, _ = start("person", plan, today=TODAY)
    while state.current != question_id:
        state, plan, _ = answer(
            state, plan, state.current, text="yes" if state.current == "consent" else "skip"
        )
    return state, plan


def test_grounded_proposal_adds_a_person_the_rules_could_not_name() -> None:
    said = "the lady from church pops in on Sundays"
    model = FakeListChatModel(responses=[_reply(
        {"path": "network", "value": {"name": "the lady from church", "helps_with": "pops in", "when": "on Sundays"},
         "quote": "the lady from church pops in on Sundays"},
    )])  # fmt: skip
    state, plan = _at("network")
    _, plain, _ = answer(state, plan, "network", text=said)
    assert (
        plain.network == [] and plain.person.views_wishes_feelings_beliefs == said
    )  # rules: words kept
    _, plan, result = answer(state, plan, "network", text=said, proposer=LlmProposer(model))
    assert [(m.name, m.when) for m in plan.network] == [("the lady from church", "on Sundays")]
    assert plan.person.views_wishes_feelings_beliefs is None  # placed now, so not kept twice
    assert plan.provenance["network[0].name"][0].quote == "the lady from church pops in on Sundays"
    assert result.rejected == []


def test_grounded_codes_join_the_item_the_rules_found() -> None:
    said = "I want to feel part of things again"
    model = FakeListChatModel(responses=[_reply(
        {"path": "outcomes", "value": {"statement": said, "wellbeing_domains": ["social_and_economic_wellbeing"]},
         "quote": "feel part of things again"},
    )])  # fmt: skip
    state, plan = _at("outcomes")
    _, plan, _ = answer(state, plan, "outcomes", text=said, proposer=LlmProposer(model))
    assert len(plan.outcomes) == 1 and plan.outcomes[0].statement == said
    assert [d.value for d in plan.outcomes[0].wellbeing_domains] == [
        "social_and_economic_wellbeing"
    ]


def test_hallucinated_fact_is_rejected_and_rules_result_stands() -> None:
    hallucination = {"path": "needs", "value": {"description": "help with medication at night because of dementia"},
                     "quote": "I have dementia"}  # fmt: skip
    model = GenericFakeChatModel(messages=iter([AIMessage(content=_reply(hallucination))]))
    state, plan = _at("needs")
    baseline_state, baseline_plan = _at("needs")
    _, plan, result = answer(state, plan, "needs", text=NEEDS_ANSWER, proposer=LlmProposer(model))
    _, expected, _ = answer(baseline_state, baseline_plan, "needs", text=NEEDS_ANSWER)
    assert [n.description for n in plan.needs] == [n.description for n in expected.needs]
    assert not any("dementia" in n.description for n in plan.needs)
    assert len(result.rejected) == 1 and "dementia" in str(result.rejected[0].value)


def test_ungrounded_value_with_a_real_quote_is_rejected() -> None:
    sneaky = {
        "path": "needs",
        "value": {"description": "night-time care for falls"},
        "quote": "the ironing",
    }
    invalid = {"path": "needs", "value": {"description": "the ironing", "eligibility_outcomes": ["ironing_outcome"]},
               "quote": "the ironing"}  # fmt: skip
    wrong_path = {"path": "person.name", "value": "Ironing", "quote": "the ironing"}
    model = FakeListChatModel(responses=[_reply(sneaky, invalid, wrong_path)])
    state, plan = _at("needs")
    _, plan, result = answer(state, plan, "needs", text=NEEDS_ANSWER, proposer=LlmProposer(model))
    assert len(result.rejected) == 3 and plan.person.name is None


@pytest.mark.parametrize(
    "content", ["Sure! Here are the facts: none", '{"facts": "none"}', "[1, 2]"]
)
def test_unusable_reply_leaves_deterministic_result(content: str) -> None:
    with pytest.raises(LlmOutputInvalid):
        parse_reply(content)
    state, plan = _at("needs")
    _, plan, result = answer(state, plan, "needs", text=NEEDS_ANSWER,
                             proposer=LlmProposer(FakeListChatModel(responses=[content])))  # fmt: skip
    assert plan.needs and result.rejected == []


def test_model_failure_leaves_deterministic_result() -> None:
    class Broken:
        def invoke(self, _: Any) -> Any:
            raise TimeoutError("provider timed out")

    state, plan = _at("needs")
    _, plan, _ = answer(state, plan, "needs", text=NEEDS_ANSWER, proposer=LlmProposer(Broken()))
    assert [n.description for n in plan.needs][:1] == ["I can't manage the ironing"]


def test_code_fenced_json_is_accepted() -> None:
    assert parse_reply('```json\n{"facts": []}\n```') == []


def test_factory_reads_the_environment() -> None:
    assert chat_model_from_env({}) is None and proposer_from_env({"CAREPLAN_LLM": ""}) is None
    with pytest.raises(LlmUnavailable, match="provider:model"):
        chat_model_from_env({"CAREPLAN_LLM": "gpt-4o"})
    with pytest.raises(LlmUnavailable, match="Unknown LLM provider"):
        chat_model_from_env({"CAREPLAN_LLM": "acme:big-model"})
    with pytest.raises(LlmUnavailable, match="pip install"):
        chat_model_from_env({"CAREPLAN_LLM": "ollama:llama3.1"})  # the extra is not installed here
