"""The words a plan field is shown with (service/web/text/fields.yaml)."""

from __future__ import annotations

import inspect
import re
import typing

import pydantic
import pytest

from service.plan.models import Plan
from service.web.plantree import _labels, label
from service.web.sectionform import flatten, section_form

# Short forms a reader cannot be expected to know, as words of a label.
_ABBREVIATIONS = {"ni", "nhs", "dbs", "la", "s42", "pt", "ids", "id", "ref", "dp", "pa"}


def _fields(model: type[pydantic.BaseModel], seen: set[type] | None = None) -> set[str]:
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names = set(model.model_fields)
    for info in model.model_fields.values():
        for part in [info.annotation, *typing.get_args(info.annotation)]:
            for inner in [part, *typing.get_args(part)]:
                if inspect.isclass(inner) and issubclass(inner, pydantic.BaseModel):
                    names |= _fields(inner, seen)
    return names


FIELDS = _fields(Plan)


def test_every_labelled_key_is_a_plan_field() -> None:
    assert set(_labels()) <= FIELDS


def test_no_label_repeats_what_the_name_would_say() -> None:
    plain = {k for k, v in _labels().items() if v == k.replace("_", " ").capitalize()}
    assert plain == set()


def test_no_field_is_shown_as_a_bare_abbreviation() -> None:
    def unclear(name: str) -> bool:
        words = set(re.findall(r"[a-z0-9]+", label(name).lower()))
        return name not in _labels() and bool(words & _ABBREVIATIONS)

    assert sorted(n for n in FIELDS if unclear(n)) == []
    assert all(label(n)[0].isupper() for n in FIELDS)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("employer_ni", "Employer's National Insurance"),
        ("s42_enquiry_ref", "Section 42 enquiry reference"),
        ("nhs_number", "NHS number"),
        ("description", "Description"),  # no entry: the name, capitalised
    ],
)
def test_label(name: str, shown: str) -> None:
    assert label(name) == shown


def test_the_section_editor_uses_the_labels() -> None:
    person = flatten(section_form({"person": {"name": "Ann"}}, "person"))
    labels = {f.path: f.label for f in person}
    assert labels["person.nhs_number"] == "NHS number"
    assert labels["person.la_reference"] == "Council's reference"
