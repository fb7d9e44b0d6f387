"""The section editor's words, from ``text/editor.yaml``, and the everyday words for each coded
value: a legal list's plain wording (``prompts/legal_lists.yaml``), otherwise the documents'
wording (``plan_templates/documents/labels.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from service.documents.formatting import label as document_label
from service.documents.formatting import upper_first
from service.plan.enums import LegalList

TEXT = Path(__file__).resolve().parent / "text" / "editor.yaml"


@dataclass(frozen=True)
class Choice:
    value: str
    words: str
    hint: str = ""  # the statutory wording, for a legal list


@cache
def _text() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TEXT.read_text(encoding="utf-8"))
    return data


def message(key: str, **values: str) -> str:
    return str(_text()["messages"][key]).format(**values)


def text(key: str, **values: str) -> str:
    return str(_text()[key]).format(**values)


def add_legend(path: str, name: str) -> str:
    """``needs[+]`` -> "Add a need"; ``needs[0].xs[+]`` is looked up as ``needs.xs``."""
    key = re.sub(r"\[[^\]]*\]", "", path)
    legends = _text()["add_legend"]
    return str(legends.get(key, legends["default"])).format(name=name)


def empty_legend(name: str) -> str:
    return str(_text()["empty_legend"]).format(name=name)


def _words(enum: type[StrEnum], member: StrEnum) -> Choice:
    if isinstance(member, LegalList):
        return Choice(member.value, upper_first(member.plain), member.label)
    own = _text()["own_words"].get(enum.__name__)
    if own:
        return Choice(member.value, str(own.get(member.value, member.value)))
    group = _text()["choice_words"].get(enum.__name__)
    words = document_label(group, member) if group else member.value
    return Choice(member.value, words)


@cache
def choices(enum: type[StrEnum]) -> tuple[Choice, ...]:
    """The options for a coded value, in the schema's order, in everyday words."""
    return tuple(_words(enum, member) for member in enum)
