"""Needs, the reasons a person cannot achieve an outcome, risks, and what a direct payment is for.

A need is a phrase of the person's list, with the eligibility outcomes its words name
(``prompts/lexicon/eligibility_outcomes.yaml``); words that name no outcome leave the need with
none, never a guessed one.
"""

from __future__ import annotations

import re

from service.conversation import lexicon
from service.conversation import understand_text as text_
from service.conversation.extract_base import (
    Context,
    Extraction,
    add,
    declined,
    is_nobody,
    item,
    refuses,
    said,
    set_,
    span,
)
from service.conversation.state import Applied
from service.conversation.understand_yesno import Reply, classify, leading


def _outcome_table(ctx: Context) -> dict[str, list[str]]:
    table = lexicon.load("eligibility_outcomes")
    return table["carer" if ctx.plan_type == "carer_support" else "adult"]


_NEED_LEAD = re.compile(
    r"^(?:i\s+)?(?:need|needs|want|would like)?\s*(?:some\s+)?(?:help|support|a hand)\s+(?:with|to|for)\s+",
    re.I,
)


# A list item that explains or completes the one before: "The cleaning, I can't hoover any more",
# "Getting up, washed and dressed".
_EXPLAINS = re.compile(
    r"^(?:i|she|he|they)\s+(?:can't|cant|cannot|can not|couldn't|am not|'m not)\b"
    r"|^(?:because|as|since|cos|coz)\b|^[a-z]+ed\b",
    re.I,
)


def _phrases(text: str) -> list[str]:
    """List items, with an explanation ("I can't hoover any more") kept with the item before, as
    the person wrote them both."""
    out: list[str] = []
    for phrase in text_.split_list(text):
        if out and _EXPLAINS.match(phrase):
            out[-1] = span(text, [out[-1], phrase])
        else:
            out.append(phrase)
    return out


def _need_items(text: str, ctx: Context) -> list[Applied]:
    facts = []
    for phrase in _phrases(text):
        described = _NEED_LEAD.sub("", phrase).strip() or phrase
        value = {"id": ctx.new_id("needs"), "description": described,
                 "eligibility_outcomes": lexicon.keys(phrase, _outcome_table(ctx)) or None}  # fmt: skip
        facts.append(item("needs", value, phrase))
    return facts


def x_needs(text: str, ctx: Context) -> Extraction:
    if refuses(text):
        return declined(text)
    facts = _need_items(text, ctx)
    return Extraction(facts, value=len(facts))


def x_assessed_needs(text: str, ctx: Context) -> Extraction:
    kind, used = leading(text)
    if kind in (Reply.ambiguous, Reply.unknown) and not text.strip():
        return Extraction(clarify="yes_no")
    rest = " ".join(lexicon.words(text)[used:]) if kind is not Reply.unknown else text
    rest = re.sub(r"^(?:but|and|also|plus)\s+", "", rest)
    facts = []
    if kind is Reply.yes:
        for need in (ctx.plan.get("assessment") or {}).get("identified_needs") or []:
            value = {
                "id": ctx.new_id("needs"),
                "description": need["description"],
                "assessment_ref": need["ref"],
            }
            facts.append(item("needs", value, said(text)))
    if (rest.strip() and kind is not Reply.yes) or len(rest.split()) > 1:
        facts += _need_items(rest, ctx) if rest.strip() else []
    if kind is Reply.unknown and not facts:
        return Extraction(clarify="yes_no")
    return Extraction(facts, value=kind is Reply.yes)


def x_risks(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) or (classify(text) is Reply.no and len(lexicon.words(text)) <= 3):
        return Extraction(value=False)
    facts = [
        item("risks", {"id": ctx.new_id("risks"), "description": s}, s)
        for s in text_.sentences(text)
    ]
    return Extraction(facts, value=len(facts))


def x_unable_reason(text: str, ctx: Context) -> Extraction:
    reasons = [m for m in lexicon.match(text, lexicon.load("unable_reasons"))]
    if not reasons:
        return Extraction(unplaced=said(text))
    keys = list(dict.fromkeys(m.key for m in reasons))
    quote = ", ".join(lexicon.original(text, m) for m in reasons)
    facts = [
        set_(f"needs[id={ident}].unable_reason", keys, said(text))
        for ident in _conversation_need_ids(ctx)
    ]
    return Extraction(facts, value=keys, unplaced=None if facts else quote)


def _conversation_need_ids(ctx: Context) -> list[str]:
    ids = []
    for qid in ("assessed_needs", "needs"):
        record = ctx.state.answers.get(qid)
        ids += [a.value["id"] for a in (record.applied if record else []) if a.op == "add_item"]
    return ids


_PA = re.compile(
    r"\b(?:pas?|p\.a\.|personal assistants?|employ|my own carers?|my own staff|hire)\b", re.I
)


def x_dp_what_for(text: str, ctx: Context) -> Extraction:
    words = said(text)
    facts = [set_("direct_payment.what_for", words, words)]
    wanted = set(lexicon.keys(text, _outcome_table(ctx)))
    for need in ctx.plan.get("needs") or []:
        if wanted & set(need.get("eligibility_outcomes") or []):
            facts.append(add("direct_payment.need_ids", need["id"], words))
    pa = _PA.search(text)
    if pa:
        facts.append(set_("direct_payment.employs_personal_assistant", True, pa.group(0)))
    return Extraction(facts, value=words)
