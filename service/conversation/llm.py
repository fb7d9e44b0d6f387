"""Optional LLM help for free-text answers: it proposes, the deterministic checks decide.

``LlmProposer(chat_model)`` plugs into ``engine.answer(..., proposer=...)``. For a free-text or
list answer it asks the model (any langchain-core ``BaseChatModel``) for facts as JSON against the
schema fragment the question fills, then keeps a proposal only if

1. its path is one the question may fill, and
2. it validates against the plan schema (the item's pydantic model), and
3. it is grounded: its ``quote`` occurs in the answer, and every text value's words and every
   number occur in the answer (codes such as an eligibility outcome are grounded by the quote).

Kept proposals add items the rules missed, or codes (domains, outcomes) to an item the rules
found from the same words; they never replace a deterministic fact. Anything else is returned as
rejected, and on any failure the deterministic result stands unchanged.

Errors (all are caught inside ``review``; none reaches the person):

    service.errors.Unavailable
    └── LlmError                    base: the deterministic result stands
        ├── LlmUnavailable          CAREPLAN_LLM names a provider whose package is missing
        ├── LlmCallFailed           the model raised (network, timeout, quota)
        └── LlmOutputInvalid        the reply is not JSON of the expected shape
"""

from __future__ import annotations

import json
import logging
import re
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml
from pydantic import BaseModel, ValidationError

from service.conversation import paths
from service.conversation.flow import Question
from service.conversation.state import Applied
from service.errors import Unavailable
from service.plan import models

log = logging.getLogger(__name__)
PROMPT_FILE = Path(__file__).resolve().parents[2] / "prompts" / "llm" / "extract_facts.yaml"

# The item model of each collection a question may fill.
ITEM_MODELS: dict[str, type[BaseModel]] = {
    "needs": models.Need, "outcomes": models.Outcome, "strengths": models.Strength,
    "network": models.NetworkMember, "risks": models.Risk, "wellbeing": models.WellbeingImpact,
    "carers": models.Carer, "involvement.people": models.InvolvedPerson, "copies": models.Copy,
    "contingency.emergency_contacts": models.EmergencyContact,
}  # fmt: skip
_REFERENCES = {"id", "outcome_ids", "need_ids", "support_ids", "assessment_ref"}


class LlmError(Unavailable):
    pass


class LlmUnavailable(LlmError):
    pass


class LlmCallFailed(LlmError):
    pass


class LlmOutputInvalid(LlmError):
    pass


class ChatModel(Protocol):
    """What the proposer needs of a chat model: langchain-core's ``invoke``."""

    def invoke(self, input: Any) -> Any: ...


@cache
def _prompt() -> Any:
    from langchain_core.prompts import ChatPromptTemplate  # the domain stays importable without it

    data = yaml.safe_load(PROMPT_FILE.read_text(encoding="utf-8"))
    return ChatPromptTemplate.from_messages([("system", data["system"]), ("human", data["human"])])


def schema_fragment(question: Question) -> dict[str, Any]:
    """The JSON Schema of what the question fills: item models for lists, text for fields."""
    out: dict[str, Any] = {}
    for path in question.fills:
        model = ITEM_MODELS.get(path)
        if model is None:
            out[path] = {"type": "string"}
            continue
        schema = model.model_json_schema()
        for name in _REFERENCES:
            schema.get("properties", {}).pop(name, None)
            if name in schema.get("required", []):
                schema["required"].remove(name)
        out[path] = {"type": "array", "items": schema}
    return out


class LlmProposer:
    def __init__(self, model: ChatModel) -> None:
        self.model = model

    def review(
        self, question: Question, text: str, data: dict[str, Any], facts: list[Applied]
    ) -> tuple[list[Applied], list[Applied]]:
        """The deterministic ``facts`` plus grounded, valid proposals; and the rejected ones."""
        try:
            proposals = self.propose(question, text)
        except LlmError as error:
            log.warning("LLM proposal skipped for %s: %s", question.id, error)
            return facts, []
        return merge(question, text, data, facts, proposals)

    def propose(self, question: Question, text: str) -> list[dict[str, Any]]:
        values = {
            "question": question.text.person,
            "answer": text,
            "schema": json.dumps(schema_fragment(question)),
        }
        try:
            reply = self.model.invoke(_prompt().invoke(values))
        except Exception as error:  # any provider failure: the rules' result stands
            raise LlmCallFailed(f"the model call failed: {error}") from error
        return parse_reply(getattr(reply, "content", reply))


def parse_reply(content: Any) -> list[dict[str, Any]]:
    raw = str(content).strip()
    raw = re.sub(r"^```(?:json)?\s*|\s*```$", "", raw)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise LlmOutputInvalid(f"the reply is not JSON: {error}") from None
    facts = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(facts, list) or not all(
        isinstance(f, dict) and {"path", "value"} <= f.keys() for f in facts
    ):
        raise LlmOutputInvalid('the reply has no "facts" list of {path, value, quote}')
    return facts


# --- checking proposals ----------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9']+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "my",
        "me",
        "i",
        "is",
        "are",
        "was",
        "be",
        "it",
    ]
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _in_answer(quote: str, answer: str) -> bool:
    q = " ".join(_words(quote))
    return bool(q) and q in " ".join(_words(answer))


def _grounded_value(value: Any, answer: str) -> bool:
    """Text's content words and numbers must be in the answer; codes and booleans pass here
    (they are grounded by the quote and checked by the schema)."""
    if isinstance(value, dict):
        return all(_grounded_value(v, answer) for v in value.values())
    if isinstance(value, list):
        return all(_grounded_value(v, answer) for v in value)
    if isinstance(value, bool) or value is None:
        return True
    said = set(_words(answer))
    if isinstance(value, int | float) or re.fullmatch(r"\d+(\.\d+)?", str(value)):
        return str(value).split(".")[0] in said
    words = [w for w in _words(str(value)) if w not in _STOP]
    if "_" in str(value) and " " not in str(value):
        return True  # a code such as maintaining_personal_hygiene
    return bool(words) and sum(w in said for w in words) / len(words) >= 0.8


def _valid(path: str, value: Any) -> bool:
    model = ITEM_MODELS.get(path)
    if model is None:
        return isinstance(value, str) and bool(value.strip())
    if not isinstance(value, dict) or _REFERENCES & value.keys() - {"id"}:
        return False
    return _validates(model, value)


def _validates(model: type[BaseModel], value: dict[str, Any]) -> bool:
    try:
        model.model_validate({"id": "check-1", **value} if "id" in model.model_fields else value)
    except ValidationError:
        return False
    return True


def check(question: Question, text: str, proposal: dict[str, Any]) -> bool:
    path, value, quote = (
        proposal.get("path"),
        proposal.get("value"),
        str(proposal.get("quote") or ""),
    )
    return (
        path in question.fills
        and _in_answer(quote, text)
        and _grounded_value(value, text)
        and _valid(str(path), value)
    )


def merge(
    question: Question,
    text: str,
    data: dict[str, Any],
    facts: list[Applied],
    proposals: list[dict[str, Any]],
) -> tuple[list[Applied], list[Applied]]:
    kept, rejected = list(facts), []
    taken = {
        f.value["id"]
        for f in facts
        if f.op == "add_item" and isinstance(f.value, dict) and "id" in f.value
    }
    for proposal in proposals:
        as_fact = Applied(op="add_item" if proposal["path"] in ITEM_MODELS else "set", path=str(proposal["path"]),
                          value=proposal["value"], quote=str(proposal.get("quote") or ""))  # fmt: skip
        if not check(question, text, proposal):
            rejected.append(as_fact)
            continue
        _keep(as_fact, kept, data, taken)
    return kept, rejected


def _keep(fact: Applied, kept: list[Applied], data: dict[str, Any], taken: set[str]) -> None:
    if fact.op == "set":
        if not any(k.path == fact.path for k in kept):
            kept.append(fact)
        return
    same = next(
        (
            k
            for k in kept
            if k.op == "add_item" and k.path == fact.path and _overlaps(k.quote, fact.quote)
        ),
        None,
    )
    if same is None:
        value = (
            {**fact.value, "id": paths.next_id(data, fact.path, taken)}
            if _has_id(fact.path)
            else fact.value
        )
        kept.append(fact.model_copy(update={"value": value}))
        return
    merged = dict(same.value)
    for key, extra in fact.value.items():  # add codes the rules missed to the same item
        if isinstance(extra, list) and key not in _REFERENCES:
            merged[key] = list(dict.fromkeys([*(same.value.get(key) or []), *extra]))
    if _validates(ITEM_MODELS[fact.path], merged):
        same.value.update(merged)


def _has_id(path: str) -> bool:
    return "id" in ITEM_MODELS[path].model_fields


def _overlaps(a: str, b: str) -> bool:
    wa, wb = set(_words(a)) - _STOP, set(_words(b)) - _STOP
    return bool(wa & wb) and len(wa & wb) / min(len(wa) or 1, len(wb) or 1) >= 0.5
