"""The conversation's state: plain data, JSON-serialisable, saved by the store after every turn.

Nothing here knows about Django. ``ConversationState.model_dump(mode="json")`` is what the store
keeps; ``ConversationState.model_validate(json)`` resumes it after a restart.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

Audience = Literal["person", "carer", "advocate", "practitioner"]
STATE_VERSION = 1


class Turn(BaseModel):
    turn: int
    role: Literal["assistant", "user"]
    text: str
    question_id: str | None = None


class Applied(BaseModel):
    """One change an answer made to the plan, kept so it can be undone exactly.

    ``path`` is stable across list edits: items are addressed by id (``carers[id=carer-1]``).
    """

    op: Literal["set", "add_item", "add_value", "append_text"]
    path: str
    value: Any = None
    previous: Any = None
    created: list[str] = Field(default_factory=list)  # containers this write had to create
    quote: str = ""


class AnswerRecord(BaseModel):
    question_id: str
    status: Literal["answered", "skipped"]
    text: str | None = None
    value: Any = None
    turn: int
    applied: list[Applied] = Field(default_factory=list)


class ConversationState(BaseModel):
    version: int = STATE_VERSION
    audience: Audience
    easy_read: bool = False
    new_plan: bool = True
    today: date
    current: str | None = None
    clarifying: bool = False
    history: list[str] = Field(default_factory=list)  # questions asked, in order (for back)
    answers: dict[str, AnswerRecord] = Field(default_factory=dict)
    transcript: list[Turn] = Field(default_factory=list)
    prefilled: list[str] = Field(default_factory=list)
    notices_shown: list[str] = Field(default_factory=list)
    consent: bool | None = None
    finished: bool = False
    confirmed: bool = False

    def next_turn(self) -> int:
        return len(self.transcript)

    def say(
        self, role: Literal["assistant", "user"], text: str, question_id: str | None = None
    ) -> int:
        turn = self.next_turn()
        self.transcript.append(Turn(turn=turn, role=role, text=text, question_id=question_id))
        return turn


class ChoiceView(BaseModel):
    value: str
    text: str


class QuestionView(BaseModel):
    """A question as the API and the page show it, in the voice chosen for this conversation."""

    id: str
    section: str
    section_title: str
    kind: str
    text: str
    choices: list[ChoiceView]
    fills: list[str]
    help: str
    example: str
    previous_answer: str | None = None


class Progress(BaseModel):
    answered: int
    total: int
    percent: int
    section: str | None


class AcceptedFact(BaseModel):
    path: str
    value: Any
    quote: str


class Reply(BaseModel):
    messages: list[str]
    question: QuestionView | None
    progress: Progress


class AnswerResult(Reply):
    accepted: list[AcceptedFact] = Field(default_factory=list)
    rejected: list[AcceptedFact] = Field(default_factory=list)  # LLM proposals not grounded
    noted: list[str] = Field(default_factory=list)  # ``accepted`` in words the person can check
    clarify: str | None = None


class SummaryItem(BaseModel):
    question_id: str
    question: str
    answer: str | None
    facts: list[AcceptedFact]
    noted: list[str] = Field(default_factory=list)  # the facts in words the person can check


class SummarySection(BaseModel):
    id: str
    title: str
    items: list[SummaryItem]


class Summary(BaseModel):
    title: str
    sections: list[SummarySection]
    skipped: list[str]
    prefilled: list[str]
    finished: bool
    confirmed: bool
