"""Outcomes, wellbeing and strengths: which of the nine wellbeing domains the person's words touch
(``prompts/lexicon/wellbeing_domains.yaml``), and what kind of strength they describe.
"""

from __future__ import annotations

import re

from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation import understand_text as text_
from service.conversation.extract_base import (
    Context,
    Extraction,
    declined,
    item,
    known_people,
    refuses,
    said,
    span,
)


def x_outcomes(text: str, ctx: Context) -> Extraction:
    if refuses(text):
        return declined(text)
    close = _close_people(ctx)
    facts = []
    for phrase in text_.split_list(text):
        value = {"id": ctx.new_id("outcomes"), "statement": phrase,
                 "wellbeing_domains": _domains(phrase, close) or None}  # fmt: skip
        facts.append(item("outcomes", value, phrase))
    return Extraction(facts, value=len(facts))


_FAMILY_DOMAIN = "domestic_family_and_personal_relationships"
_HEALTH_DOMAIN = "physical_and_mental_health"
_CLOSE_ROLES = frozenset({"family", "friend", "carer", "appropriate_person"})
# "Mum says I don't eat" is the person's own health, reported by mum.
_REPORTS = re.compile(r"^\W*(?:says|said|thinks|reckons|told|tells|feels that)\b", re.I)


def _close_people(ctx: Context) -> set[str]:
    """First names (lower case) of family and friends the plan already holds: a sentence about
    one of them touches the person's relationships. Professionals are left out."""
    close = set()
    for k in known_people(ctx):
        role = k.get("role") or people.role_of(k.get("relationship"))
        first = str(k.get("name") or "").split(" ")[0]
        if role in _CLOSE_ROLES and first[:1].isupper():
            close.add(first.lower())
    return close


def _opening_person(sentence: str, close: set[str]) -> people.Mention | None:
    """The person the sentence opens with, when it is a relative ("Wife is worried ...", "my son
    ...") or a named family member or friend ("Pauline is tired out"), not the person."""
    found = people.mentions(sentence)
    m = found[0] if found and found[0].start == 0 else None
    known = m is not None and (m.name or "").split(" ")[0].lower() in close
    return m if m is not None and (m.relationship or known) else None


def _domains(sentence: str, close: set[str]) -> list[str]:
    """Wellbeing domains a sentence touches. About someone else, their health or feelings are not
    the person's health: what it says about the person is the relationship, unless it names
    another topic ("Wife is worried about money" is money). Someone reporting ("Mum says I ...")
    is not the subject, and names no domain. Naming a close person anywhere else touches
    relationships ("He worries about Doreen's health")."""
    opener = _opening_person(sentence, close)
    rest = sentence[opener.end :] if opener else sentence
    keys = _topic_first(rest)
    if opener and not _REPORTS.match(rest):
        keys = [k for k in keys if k != _HEALTH_DOMAIN] or [_FAMILY_DOMAIN]
    named = {w.removesuffix("'s") for w in lexicon.words(rest)}
    if _FAMILY_DOMAIN not in keys and named & close:
        keys.append(_FAMILY_DOMAIN)
    return keys


def _topic_first(sentence: str) -> list[str]:
    """Domain keys, with health left out when its only words are feelings ("worried") and the
    sentence names another topic than relationships (prompts/lexicon/feelings.yaml)."""
    table = lexicon.load("wellbeing_domains")
    keys = lexicon.keys(sentence, table)
    if _HEALTH_DOMAIN in keys and set(keys) - {_HEALTH_DOMAIN, _FAMILY_DOMAIN}:
        feelings = set(lexicon.load("feelings")["feelings"])
        plain = [p for p in table[_HEALTH_DOMAIN] if p not in feelings]
        if not lexicon.keys(sentence, {_HEALTH_DOMAIN: plain}):
            keys.remove(_HEALTH_DOMAIN)
    return keys


def x_wellbeing(text: str, ctx: Context) -> Extraction:
    close = _close_people(ctx)
    impacts: dict[str, list[str]] = {}
    for sentence in text_.sentences(text):
        for key in _domains(sentence, close):
            impacts.setdefault(key, []).append(sentence)
    facts = [
        item("wellbeing", {"domain": k, "impact": "; ".join(v)}, span(text, v))
        for k, v in impacts.items()
    ]
    return Extraction(facts, value=list(impacts), unplaced=None if facts else said(text))


_COMMUNITY = re.compile(
    r"\b(?:club|church|mosque|temple|group|centre|center|choir|team|society|project)\b", re.I
)


def x_strengths(text: str, ctx: Context) -> Extraction:
    if refuses(text):
        return declined(text)
    facts = []
    for phrase in text_.split_list(text):
        kind = (
            "community"
            if _COMMUNITY.search(phrase)
            else ("personal" if re.match(r"^i\b|^i'm\b|^im\b", phrase, re.I) else None)
        )
        facts.append(
            item(
                "strengths",
                {"id": ctx.new_id("strengths"), "description": phrase, "kind": kind},
                phrase,
            )
        )
    return Extraction(facts, value=len(facts))
