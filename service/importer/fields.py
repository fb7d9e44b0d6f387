"""Put one labelled value ("Hours per week: 7") where its label says, read by its type.

``apply_label`` returns the paths it filled; an empty list means the value could not be read
(or had nowhere to go) and the caller keeps the text as unplaced, with the reason recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from service.importer import values
from service.importer.draft import Path
from service.importer.source import Unit
from service.importer.vocab import LabelSpec, first_match

if TYPE_CHECKING:
    from service.importer.mapper import Mapper

# The section kinds that build items, the collection they build and the field a new item needs.
COLLECTION = {
    "needs": ("needs", "description"),
    "outcomes": ("outcomes", "statement"),
    "support": ("support", "description"),
    "carers": ("carers", "name"),
    "risks": ("risks", "description"),
    "strengths": ("strengths", "description"),
    "equipment": ("equipment", "item"),
}

# Where a recognised heading is recorded in provenance: the part of the plan it introduces.
SECTION_PATH: dict[str, Path] = {
    "title": ("plan_type",),
    "person": ("person",),
    "what_matters": ("person", "what_matters_to_me"),
    "communication": ("person", "communication"),
    "strengths": ("strengths",),
    "involvement": ("involvement", "people"),
    "equipment": ("equipment",),
    "needs": ("needs",),
    "outcomes": ("outcomes",),
    "support": ("support",),
    "carers": ("carers",),
    "risks": ("risks",),
    "contingency": ("contingency",),
    "budget": ("personal_budget",),
    "direct_payment": ("direct_payment",),
    "advice": ("information_and_advice",),
    "review": ("review",),
    "sign_off": ("sign_off",),
}


class Unreadable(Exception):
    """The value is not of the label's type ("Review date: TBC")."""


def _lexicon(group: str) -> Callable[[str], str]:
    def read(text: str) -> str:
        found = first_match(group, text)
        if found is None:
            raise Unreadable(f"not one of the answers we know for {group.replace('_', ' ')}")
        return found

    return read


def _required(reader: Callable[[str], Any], what: str) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        found = reader(text)
        if found is None:
            raise Unreadable(f"could not read {what} in this")
        return found

    return read


READERS: dict[str, Callable[[str], Any]] = {
    "text": lambda text: text.strip(),
    # "Mr Anthony Okafor" -> "Anthony Okafor": the plan holds the name, not the form of address.
    "name": lambda text: re.sub(r"^(?:mr|mrs|ms|miss|mx|dr)\.?\s+", "", text.strip(), flags=re.I),
    "date": _required(values.one_date, "a date (like 14 April 2027)"),
    "money": _required(values.money, "an amount in pounds (like £129.50)"),
    "nhs": _required(values.nhs_number, "a 10-digit NHS number"),
    "yesno": _required(values.answer, "a yes or no"),
    "months": _required(values.months, "how many months (like every 12 months)"),
    "frequency": _required(values.frequency, "weekly, every four weeks or monthly"),
    "eligibility": _lexicon("eligibility_answers"),
    "management": _lexicon("management"),
    "met_by": _lexicon("met_by"),
    "likelihood": _lexicon("likelihood"),
}


def apply_label(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    """Place ``value`` (the text of ``unit``) as ``spec`` says; raise ``Unreadable`` if it
    cannot be read."""
    special = _SPECIAL.get(spec.type)
    if special is not None:
        return special(mapper, spec, unit, value, label)
    read = READERS[spec.type]
    path = _target(mapper, spec, unit, value)
    if spec.field.startswith("item.") and spec.new:
        return [path]  # the new item was created holding the value
    return [path] if mapper.draft.put(unit, path, read(value)) else []


def _target(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str) -> Path:
    """The path a label writes to: a plan field, or a field of the current (or a new) item."""
    if not spec.field.startswith("item."):
        return tuple(spec.field.split("."))
    collection, required = COLLECTION[mapper.kind or ""]
    name = spec.field.removeprefix("item.")
    if spec.new:
        index = mapper.new_item(unit, {required: value.strip()})
        return (collection, index, name)
    current = mapper.current_item()
    if current is None:
        raise Unreadable(f"there is no {collection.rstrip('s')} above this to attach it to")
    return (collection, current, name)


# --- values that fill more than one field -------------------------------------------------------


def _hours(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    found = values.quantity(value, "hour")
    if found is None:
        raise Unreadable("could not read how many hours a week (like 7 hours a week)")
    path = _target(mapper, spec, unit, value)
    paths = [path] if mapper.draft.put(unit, path, found[0]) else []
    if path[0] == "support":
        unit_path = (*path[:-1], "unit")
        if mapper.draft.get(unit_path) is None:
            mapper.draft.put(unit, unit_path, found[1])
            paths.append(unit_path)
    return paths


def _unit_cost(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    if spec.field == "item.weekly_cost":
        return _weekly_cost(mapper, spec, unit, value, label)
    amount = READERS["money"](value)
    path = _target(mapper, spec, unit, value)
    paths = [path] if mapper.draft.put(unit, path, amount) else []
    per = next((a.per for a in values.amounts(value + " " + label)), None) or _per_word(label)
    unit_path = (*path[:-1], "unit")
    if (
        path[0] == "support"
        and per in ("hour", "session", "day", "night")
        and mapper.draft.get(unit_path) is None
    ):
        mapper.draft.put(unit, unit_path, per)
        paths.append(unit_path)
    return paths


def _per_word(label: str) -> str | None:
    match = re.search(r"\b(hour|session|day|night)\b|hourly|daily", label.lower())
    if not match:
        return None
    return match.group(1) or ("hour" if "hourly" in match.group(0) else "day")


def _weekly_cost(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    amount = READERS["money"](value)
    index = mapper.current_item()
    if index is None or mapper.kind != "support":
        raise Unreadable("there is no support line above this to attach it to")
    mapper.weekly_costs[index] = (amount, unit)
    mapper.draft.note(unit, ("support", index, "cost_per_week"))
    return [("support", index, "cost_per_week")]


def _money_period(
    mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str
) -> list[Path]:
    amount = READERS["money"](value)
    path = tuple(spec.field.split("."))
    period = values.period_of(value) or values.period_of(label)
    paths: list[Path] = []
    if period is not None:
        if not mapper.draft.put(unit, ("personal_budget", "period"), period):
            raise Unreadable("this amount is for a different period from the rest of the budget")
        paths.append(("personal_budget", "period"))
    return [*paths, path] if mapper.draft.put(unit, path, amount) else paths


def _pay_amount(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    amount = READERS["money"](value)
    paths: list[Path] = []
    if mapper.draft.put(unit, ("direct_payment", "amount"), amount):
        paths.append(("direct_payment", "amount"))
    frequency = values.frequency(value)
    if frequency and mapper.draft.put(unit, ("direct_payment", "frequency"), frequency):
        paths.append(("direct_payment", "frequency"))
    return paths


def _list(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    path = _target(mapper, spec, unit, value)
    index = mapper.draft.append(unit, path, value.strip())
    return [(*path, index)]


def _contact(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    contact = read_contact(value)
    if contact is None:
        raise Unreadable("could not read a name in this contact")
    index = mapper.draft.append(unit, ("contingency", "emergency_contacts"), contact)
    return [("contingency", "emergency_contacts", index)]


def read_contact(text: str) -> dict[str, Any] | None:
    """ "Mary Ellis (daughter) 07700 900123" -> name, relationship, phone."""
    phone = values.phone(text)
    rest = text.replace(phone, " ") if phone else text
    relationship = re.search(r"\(([^)]{1,60})\)", rest)
    name = re.split(r"[(,–-]|\bon\b|\btel\b|\bphone\b", rest, maxsplit=1, flags=re.I)[0].strip(
        " :,"
    )
    if not name or len(name) > 80:
        return None
    return {
        "name": name,
        "relationship": relationship.group(1).strip() if relationship else None,
        "phone": phone,
    }


def _practitioner(
    mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str
) -> list[Path]:
    name = re.split(r"[(,]", value, maxsplit=1)[0].strip()
    organisation = re.search(r"\(([^)]+)\)|,\s*(.+)$", value)
    people = mapper.draft.data.get("involvement", {}).get("people", [])
    person: dict[str, Any] = {
        "id": f"practitioner-{len(people) + 1}",
        "name": name,
        "role": "practitioner",
    }
    if organisation:
        person["organisation"] = (organisation.group(1) or organisation.group(2)).strip()
    index = mapper.draft.append(unit, ("involvement", "people"), person)
    return [("involvement", "people", index)]


def _nhs(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    number = READERS["nhs"](value)
    formatted = f"{number[:3]} {number[3:6]} {number[6:]}"
    return (
        [("person", "nhs_number")]
        if mapper.draft.put(unit, ("person", "nhs_number"), formatted)
        else []
    )


def _months(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    count = READERS["months"](value)
    return (
        [("review", "then_every_months")]
        if mapper.draft.put(unit, ("review", "then_every_months"), count)
        else []
    )


_SPECIAL: dict[str, Callable[[Mapper, LabelSpec, Unit, str, str], list[Path]]] = {
    "hours": _hours,
    "money": _unit_cost,
    "money_period": _money_period,
    "pay_amount": _pay_amount,
    "list": _list,
    "contact": _contact,
    "nhs": _nhs,
    "months": _months,
}
_SPECIAL_FIELDS = {"practitioner": _practitioner}


def apply(mapper: Mapper, spec: LabelSpec, unit: Unit, value: str, label: str) -> list[Path]:
    """Entry point: a few fields (the practitioner) are people, not paths."""
    special = _SPECIAL_FIELDS.get(spec.field)
    if special is not None:
        return special(mapper, spec, unit, value, label)
    return apply_label(mapper, spec, unit, value, label)
