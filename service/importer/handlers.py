"""What a plain paragraph means in each kind of section.

Under "Eligible needs" a paragraph is a need; under "Services provided" a support line whose
hours, rates and provider are read from its words; under "Review" a date and how often. A
handler that cannot place a paragraph leaves it for the advocate, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from service.importer import values
from service.importer.draft import Path
from service.importer.fields import read_contact
from service.importer.source import Unit
from service.importer.vocab import all_matches, everyday_outcome, first_match, lexicon, words

if TYPE_CHECKING:
    from service.importer.mapper import Mapper

Handler = Callable[["Mapper", Unit], None]


def _need(mapper: Mapper, unit: Unit) -> None:
    """A paragraph is a need when the heading says whether needs are eligible, or the paragraph
    names an eligibility outcome or decision; an introduction ("The table shows...") is not."""
    index = mapper.current_item() if mapper.in_subitem else None
    if index is not None:
        mapper.draft.add_text(unit, ("needs", index, "description"), unit.text)
    elif _names_a_need(mapper, unit.text):
        index = mapper.new_item(unit, {"description": unit.text})
    else:
        mapper.draft.leave(
            unit, "under a needs heading, but names no eligibility outcome or decision"
        )
        return
    describe_need(mapper, unit, index)


def _names_a_need(mapper: Mapper, text: str) -> bool:
    if mapper.section is not None and mapper.section.eligibility is not None:
        return True
    return bool(all_matches("eligibility_outcomes", text) or first_match("eligibility", text))


def describe_need(mapper: Mapper, unit: Unit, index: int) -> None:
    """Eligibility outcomes and decision named in the need's own words (else the section's)."""
    need = mapper.draft.data["needs"][index]
    carer = mapper.draft.data.get("plan_type") == "carer_support"
    slugs = all_matches("carer_outcomes" if carer else "eligibility_outcomes", unit.text)
    # The everyday words are for adults' needs; a carer's plan names its outcomes or none.
    unnamed = not slugs and not need.get("eligibility_outcomes") and not carer
    everyday = everyday_outcome(unit.text) if unnamed else None
    for slug in slugs or ([everyday] if everyday else []):
        if slug not in need.setdefault("eligibility_outcomes", []):
            mapper.draft.append(unit, ("needs", index, "eligibility_outcomes"), slug)
    decision = first_match("eligibility", unit.text)
    if decision and need.get("eligibility") is None:
        mapper.draft.put(unit, ("needs", index, "eligibility"), decision)
    elif need.get("eligibility") is None and mapper.section and mapper.section.eligibility:
        mapper.draft.put(
            mapper.heading_unit or unit, ("needs", index, "eligibility"), mapper.section.eligibility
        )


def _outcome(mapper: Mapper, unit: Unit) -> None:
    index = mapper.current_item() if mapper.in_subitem else None
    if index is not None:
        mapper.draft.add_text(unit, ("outcomes", index, "statement"), unit.text)
    else:
        mapper.new_item(unit, {"statement": unit.text})


# --- support lines ---------------------------------------------------------------------------

_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)"
_PROVIDER = re.compile(
    r"\b(?:provided by|delivered by|from|by|with)\s+(?!" + _WEEKDAYS + r"\b)"
    r"((?:[A-Z][\w&'’.-]*|[0-9]+)(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the|for|on|in|[0-9]+))*)"
)


# An organisation named by its legal ending, wherever it stands ("Coastal Homecare Ltd will visit").
_COMPANY = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+){0,5}(?:Ltd|Limited|CIC|LLP|plc|Trust|Association))\b\.?"
)


def support_facts(text: str) -> dict[str, Any]:
    """Provider, hours, unit cost, weekly cost, kind, delivery and funding named in ``text``."""
    facts: dict[str, Any] = {}
    provider = _PROVIDER.search(text) or _COMPANY.search(text)
    if provider:
        facts["provider"] = provider.group(1).rstrip(" .,")
    quantity = values.quantity(text)
    if quantity:
        facts["units_per_week"], facts["unit"] = quantity
    for amount in values.amounts(text):
        if amount.per in ("hour", "session", "day", "night") and "unit_cost" not in facts:
            facts["unit_cost"] = amount.value
            facts.setdefault("unit", amount.per)
        elif amount.per == "week" and "weekly_cost" not in facts:
            facts["weekly_cost"] = amount.value
    for group, name in (
        ("support_kinds", "kind"),
        ("delivery", "delivery"),
        ("funding", "funding"),
    ):
        found = first_match(group, text)
        if found:
            facts[name] = found
    return facts


def _support(mapper: Mapper, unit: Unit) -> None:
    index = mapper.current_item() if mapper.in_subitem else None
    if index is None:
        index = mapper.new_item(unit, {"description": unit.text})
        fill_support(mapper, unit, index, support_facts(unit.text))
        return
    facts = support_facts(unit.text)
    if not fill_support(mapper, unit, index, facts):
        mapper.draft.add_text(unit, ("support", index, "description"), unit.text)


def fill_support(mapper: Mapper, unit: Unit, index: int, facts: dict[str, Any]) -> bool:
    """Fill the line's empty fields from ``facts``; True if anything was placed."""
    placed = False
    weekly = facts.pop("weekly_cost", None)
    if weekly is not None and index not in mapper.weekly_costs:
        mapper.weekly_costs[index] = (weekly, unit)
        mapper.draft.note(unit, ("support", index, "cost_per_week"))
        placed = True
    for name, value in facts.items():
        if mapper.draft.get(("support", index, name)) is None:
            placed = mapper.draft.put(unit, ("support", index, name), value) or placed
    return placed


# --- people and words ------------------------------------------------------------------------


def _append_to(path: Path) -> Handler:
    def handle(mapper: Mapper, unit: Unit) -> None:
        mapper.draft.append(unit, path, unit.text)

    return handle


def _text_into(path: Path) -> Handler:
    def handle(mapper: Mapper, unit: Unit) -> None:
        mapper.draft.add_text(unit, path, unit.text)

    return handle


def _strength(mapper: Mapper, unit: Unit) -> None:
    mapper.new_item(unit, {"description": unit.text})


_NAMED = re.compile(r"^([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})\s*\(([^)]{1,40})\)")


def _carer(mapper: Mapper, unit: Unit) -> None:
    index = mapper.current_item()
    if index is not None:
        mapper.draft.add_text(unit, ("carers", index, "what_they_do"), unit.text)
        return
    named = _NAMED.match(unit.text)
    if named is None:
        mapper.draft.leave(unit, "a carer needs a name: write it as 'Name (relationship)'")
        return
    fields = {"name": named.group(1), "relationship": named.group(2), "what_they_do": unit.text}
    mapper.new_item(unit, fields)


def _risk(mapper: Mapper, unit: Unit) -> None:
    index = mapper.current_item() if mapper.in_subitem else None
    if index is not None:
        mapper.draft.append(unit, ("risks", index, "proactive"), unit.text)
    else:
        mapper.new_item(unit, {"description": unit.text})


def _contingency(mapper: Mapper, unit: Unit) -> None:
    topic = first_match("contingency_topics", unit.text)
    if topic is not None:
        mapper.draft.add_text(unit, ("contingency", topic), unit.text)
        return
    contact = read_contact(unit.text) if values.phone(unit.text) else None
    if contact is not None:
        mapper.draft.append(unit, ("contingency", "emergency_contacts"), contact)
    else:
        mapper.draft.leave(unit, "a contingency note that does not say which situation it covers")


def _advice(mapper: Mapper, unit: Unit) -> None:
    kind = first_match("advice_kinds", unit.text) or "other"
    mapper.draft.append(unit, ("information_and_advice",), {"kind": kind, "content": unit.text})


def _review(mapper: Mapper, unit: Unit) -> None:
    placed = False
    found = values.dates(unit.text)
    if found and mapper.draft.get(("review", "first_review_on")) is None:
        placed = mapper.draft.put(unit, ("review", "first_review_on"), found[0][0])
    every = values.months(re.sub(r"within\s+\S+\s+(?:weeks|months)", "", unit.text))
    if every and re.search(r"every|annual|yearly|each year|then", unit.text, re.I):
        placed = mapper.draft.put(unit, ("review", "then_every_months"), every) or placed
    if not placed:
        mapper.draft.add_text(unit, ("review", "monitoring"), unit.text)


# --- money -------------------------------------------------------------------------------------


def _budget(mapper: Mapper, unit: Unit) -> None:
    placed = False
    for amount in values.amounts(unit.text):
        cue = _nearest_cue(unit.text[: amount.start], "budget_cues")
        if cue is None:
            continue
        placed = _budget_amount(mapper, unit, cue, amount) or placed
    if not placed:
        period = values.period_of(unit.text) if len(unit.text.split()) <= 4 else None
        if period and mapper.draft.put(unit, ("personal_budget", "period"), period):
            return
        mapper.draft.leave(unit, "no budget amount with a label we know")


def _budget_amount(mapper: Mapper, unit: Unit, cue: str, amount: values.Amount) -> bool:
    if amount.per in ("week", "year") and not mapper.draft.put(
        unit, ("personal_budget", "period"), amount.per
    ):
        return False
    management = first_match("management", unit.text)
    if management and mapper.draft.get(("personal_budget", "management")) is None:
        mapper.draft.put(unit, ("personal_budget", "management"), management)
    return mapper.draft.put(unit, ("personal_budget", cue), amount.value)


def _nearest_cue(before: str, group: str) -> str | None:
    """The cue of ``group`` ending nearest the end of ``before`` (within the same sentence)."""
    sentence = re.split(r"[.;!?]\s|£[\d,.]+", before)[-1]
    haystack = words(sentence)
    best: tuple[int, str] | None = None
    for key, phrases in lexicon()[group].items():
        for phrase in phrases:
            at = haystack.rfind(" " + " ".join(words(str(phrase)).split()) + " ")
            if at >= 0 and (best is None or at > best[0]):
                best = (at, key)
    return best[1] if best else None


def _direct_payment(mapper: Mapper, unit: Unit) -> None:
    placed = False
    for amount in values.amounts(unit.text):
        frequency = {"week": "weekly", "four_weekly": "four_weekly", "month": "monthly"}.get(
            amount.per or ""
        )
        if frequency and mapper.draft.get(("direct_payment", "amount")) is None:
            placed = mapper.draft.put(unit, ("direct_payment", "amount"), amount.value)
            placed = mapper.draft.put(unit, ("direct_payment", "frequency"), frequency) and placed
    if re.search(r"personal assistants?\b|\bPAs?\b", unit.text):
        placed = (
            mapper.draft.put(unit, ("direct_payment", "employs_personal_assistant"), True) or placed
        )
    if not placed:
        mapper.draft.leave(unit, "no direct payment amount and frequency in this")


def _preamble(mapper: Mapper, unit: Unit) -> None:
    if re.match(lexicon()["council_name"], unit.text.strip()):
        mapper.draft.put(unit, ("local_authority",), unit.text.strip())
    else:
        mapper.draft.leave(unit, "not under a heading the importer knows")


def _involved(mapper: Mapper, unit: Unit) -> None:
    """ "Susan Hartley (mother)" under "Who was involved": a person with a role in the plan."""
    named = _NAMED.match(unit.text)
    role = first_match("roles", named.group(2)) if named else None
    if named is None or role is None:
        mapper.draft.leave(unit, "write a person as 'Name (relationship or role)'")
        return
    people = mapper.draft.data.get("involvement", {}).get("people", [])
    person = {"id": f"involved-{len(people) + 1}", "name": named.group(1), "role": role}
    if role in ("family", "friend", "carer"):
        person["relationship"] = named.group(2).strip()
    else:
        person["organisation"] = named.group(2).strip()
    mapper.draft.append(unit, ("involvement", "people"), person)


def _equipment(mapper: Mapper, unit: Unit) -> None:
    index = mapper.new_item(unit, {"item": unit.text})
    found = values.dates(unit.text)
    if found:
        mapper.draft.put(unit, ("equipment", index, "provided_on"), found[0][0])
    cost = values.money(unit.text)
    if cost is not None:
        mapper.draft.put(unit, ("equipment", index, "cost"), cost)


_PERSON_NAME = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+$")


def _signature(mapper: Mapper, unit: Unit) -> None:
    """Under "Yours sincerely": the writer's name, then their role and team."""
    people = mapper.draft.data.get("involvement", {}).get("people", [])
    signer = mapper.items.get("signature")
    if (
        signer is None
        and mapper.section is not None
        and mapper.section.key == "closing"
        and _PERSON_NAME.match(unit.text)
    ):
        person = {
            "id": f"practitioner-{len(people) + 1}",
            "name": unit.text,
            "role": "practitioner",
        }
        mapper.items["signature"] = mapper.draft.append(unit, ("involvement", "people"), person)
    elif (
        signer is not None and people[signer].get("organisation") is None and len(unit.text) <= 200
    ):
        mapper.draft.put(unit, ("involvement", "people", signer, "organisation"), unit.text)
    else:
        mapper.draft.leave(unit, "text after the signature the importer has no place for")


HANDLERS: dict[str, Handler] = {
    "needs": _need,
    "outcomes": _outcome,
    "support": _support,
    "what_matters": _append_to(("person", "what_matters_to_me")),
    "person": _text_into(("person", "views_wishes_feelings_beliefs")),
    "communication": _text_into(("person", "communication", "how_to_communicate_with_me")),
    "strengths": _strength,
    "carers": _carer,
    "risks": _risk,
    "contingency": _contingency,
    "advice": _advice,
    "review": _review,
    "budget": _budget,
    "direct_payment": _direct_payment,
    "title": _preamble,
    "sign_off": _signature,
    "involvement": _involved,
    "equipment": _equipment,
}
# Handlers that build a list of things from any line, even one shaped like "Label: value".
ITEM_KINDS = frozenset(
    {"needs", "outcomes", "support", "what_matters", "strengths", "risks", "advice", "equipment"}
)
