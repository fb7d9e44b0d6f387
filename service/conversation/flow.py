"""The guided flow as data: sections and questions loaded from ``prompts/flow/*.yaml``.

Conditions (``when``) are small structured dicts, never code, so a flow file cannot run
anything:

    {answer: <question id>, is: true|false|answered|skipped}   an earlier answer
    {plan: <path>, known: true|false}                          a plan value is (not) filled
    {plan: <path>, in: [values]}                               a plan value is one of these
    {plan: <path>, any_true: true}                             a dict of booleans has any true
    {audience: [person, carer, ...]}                           who is answering
    {new_plan: true|false}                                     the conversation started the plan
    {all: [...]} / {any: [...]} / {not: {...}}
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

FLOW_DIR = Path(__file__).resolve().parents[2] / "prompts" / "flow"
Voice = Literal["person", "practitioner", "easy_read"]
Kind = Literal["free_text", "yes_no", "choice", "multi_choice", "number", "money", "date", "list"]


class Voiced(BaseModel):
    """A text in three voices; the practitioner voice falls back to the person voice."""

    model_config = ConfigDict(extra="forbid")
    person: str
    practitioner: str | None = None
    easy_read: str | None = None

    def say(self, voice: Voice) -> str:
        return getattr(self, voice) or self.person


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: str
    text: Voiced
    says: list[str] = Field(default_factory=list)


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: Kind
    extract: str
    text: Voiced
    help: Voiced
    example: str
    fills: list[str]
    known: list[str] | None = None  # paths that, all filled, make the question unnecessary
    # Questions whose answer in this conversation does not make this one unnecessary, though it
    # fills the same paths: it promised "you can tell me in the next question".
    asked_after: list[str] = Field(default_factory=list)
    when: dict[str, Any] | None = None
    choices: list[Choice] = Field(default_factory=list)
    # The choice an answer naming two or more choices means ("some as a direct payment, the
    # rest through the council" is a mix); without it such an answer gets a clarifying question.
    several: str | None = None
    section: str = ""

    @property
    def known_paths(self) -> list[str]:
        return self.fills if self.known is None else self.known


class Notice(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    when: dict[str, Any]
    text: Voiced


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    title: Voiced


class Flow(BaseModel):
    sections: list[Section]
    questions: list[Question]
    notices: list[Notice]
    messages: dict[str, Any]

    def question(self, question_id: str) -> Question:
        found = next((q for q in self.questions if q.id == question_id), None)
        if found is None:
            raise KeyError(f"no question {question_id!r} in the flow")
        return found

    def message(self, key: str, voice: Voice) -> str:
        node: Any = self.messages
        for part in key.split("."):
            node = node[part]
        return node if isinstance(node, str) else Voiced.model_validate(node).say(voice)

    def section_title(self, section_id: str, voice: Voice) -> str:
        return next(s.title.say(voice) for s in self.sections if s.id == section_id)


@cache
def load_flow(directory: Path = FLOW_DIR) -> Flow:
    sections: list[Section] = []
    questions: list[Question] = []
    notices: list[Notice] = []
    for path in sorted(directory.glob("[0-9][0-9]_*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        section = Section.model_validate(data["section"])
        sections.append(section)
        questions += [
            Question.model_validate({**q, "section": section.id}) for q in data["questions"]
        ]
        notices += [Notice.model_validate(n) for n in data.get("notices", [])]
    messages = yaml.safe_load((directory / "messages.yaml").read_text(encoding="utf-8"))
    return Flow(sections=sections, questions=questions, notices=notices, messages=messages)
