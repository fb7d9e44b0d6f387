"""One function per easy-read section: the plan's facts as rows of short sentences.

Fixed words come from ``plan_templates/easyread/text.yaml`` (``say``); the plan's own free text
goes through the simplifier and is marked ``free`` so the builder can leave out a sentence that
still fails the linter. Facts the law requires (ER-17) are always said with fixed words, so they
survive whatever happens to the free text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from service.documents.easyread.lexicon import grammar
from service.documents.easyread.model import Line, Row
from service.documents.easyread.pictures import concept_for, picture
from service.documents.easyread.simplify import (
    day_month,
    plain_date,
    plain_money,
    plain_number,
    simplify,
)
from service.documents.easyread.templates import say, words
from service.documents.figures import figures
from service.documents.markdown import strip_controls
from service.plan.enums import InvolvementRole, PlanType
from service.plan.models import Need, NetworkMember, Plan, SupportLine


@dataclass(frozen=True)
class Free:
    """Free text from the plan: simplified, and left out if it still fails the linter.
    ``keep`` names organisations that must be written exactly as the plan has them."""

    text: str | None
    simplify: bool = True
    keep: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lead:
    """A fixed sentence that introduces the free text after it ("This is how to ask."): it goes
    if everything it introduces is left out."""

    text: str


Part = str | Free | Lead | None


@dataclass
class Rows:
    plan: Plan
    names: tuple[str, ...]
    others: tuple[str, ...] = ()
    rows: list[Row] = field(default_factory=list)

    def add(self, concept: str, source: str, *parts: Part, needs_free: bool = False) -> None:
        lines = [line for part in parts for line in self._lines(part)]
        if lines:
            self.rows.append(
                Row(picture=picture(concept), lines=lines, source=source, needs_free=needs_free)
            )

    def _lines(self, part: Part) -> list[Line]:
        if part is None or (isinstance(part, Free) and not (part.text or "").strip()):
            return []
        if isinstance(part, str):
            return [Line(text=strip_controls(part))]
        if isinstance(part, Lead):
            return [Line(text=strip_controls(part.text), lead=True)]
        text = _strip_ids(strip_controls(part.text or ""), self.plan)
        keep = part.keep + self.others
        texts = simplify(text, self.names, self.others, keep) if part.simplify else [text]
        return [Line(text=t, free=True) for t in texts]


def _ids(plan: Plan) -> list[str]:
    groups = (
        plan.needs,
        plan.outcomes,
        plan.support,
        plan.strengths,
        plan.network,
        plan.risks,
        plan.equipment,
    )
    return [item.id for group in groups for item in group]


def _strip_ids(text: str, plan: Plan) -> str:
    """Plan ids ("sup-1") mean nothing to the reader: take them out of free text."""
    ids = _ids(plan)
    if not ids:
        return text
    pattern = r"[,(\s]*\b(?:" + "|".join(map(re.escape, ids)) + r")\b\)?"
    return re.sub(pattern, "", text)


def person_names(plan: Plan) -> tuple[str, ...]:
    person = plan.person
    found = [person.name, person.preferred_name]
    if person.name:
        found.append(person.name.split()[0])
    return tuple(n for n in found if n)


def other_names(plan: Plan) -> tuple[str, ...]:
    """Everyone else the plan names: their words about the person must not become "I"."""
    found = [p.name for p in plan.involvement.people] + [m.name for m in plan.network]
    found += [c.name for c in plan.carers] + [c.name for c in plan.contingency.emergency_contacts]
    if plan.cared_for and plan.cared_for.name:
        found.append(plan.cared_for.name)
    mine = set(person_names(plan))
    full = [n for n in found if n and n not in mine]
    return tuple(dict.fromkeys(full + [n.split()[0] for n in full if n.split()[0] not in mine]))


def display_name(name: str) -> str:
    """An organisation's name without the notes a practitioner put in brackets or after ";"."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    return re.sub(r"\s*;\s*", " and ", name).strip()


def lower_first(text: str) -> str:
    """ "Each month" -> "each month" inside a sentence; day names and "I" keep their capital."""
    first = text.split()[0] if text.split() else ""
    keep = set(words()["days"]) | set(words()["months"]) | {"I"}
    if first in keep or first.isupper() or not first[:1].isupper() or not first[1:].islower():
        return text
    return text[:1].lower() + text[1:]


def relationship(key: str, name: str, relation: str) -> Free:
    """ "Jane is my sister" for family words; "Pat is Florence's neighbour" otherwise."""
    kin = set(grammar()["first_person"]["kin"])
    first = relation.split()[0].lower() if relation.split() else ""
    if first in kin:
        return Free(say(key, name=name, relationship=relation[:1].lower() + relation[1:]))
    return Free(say(f"{key}_other", name=name, relationship=relation))


# --- front matter (ER-16, ER-18) -----------------------------------------------------------


def front(plan: Plan, rows: Rows) -> None:
    carer = plan.plan_type == PlanType.carer_support
    rows.add("plan", "plan_type", say("front.plan_carer" if carer else "front.plan"))
    council = plan.local_authority
    rows.add(
        "council",
        "local_authority",
        say("front.from", council=council) if council else say("front.from_unknown"),
    )
    if plan.dates.plan_started:
        rows.add(
            "calendar",
            "dates.plan_started",
            say("front.started", date=plain_date(plan.dates.plan_started)),
        )
    rows.add("pictures", "(front)", say("front.pictures"), say("front.bold"))
    rows.add("help_read", "(front)", say("front.help"))
    rows.add("tick", "easy_read.checked_with_person_on", _checked(plan))


def _checked(plan: Plan) -> str:
    check = plan.easy_read
    if check.checked_with_person_on is None:
        return say("front.not_checked")
    when = plain_date(check.checked_with_person_on)
    if check.checked_by:
        return say("front.checked", by=check.checked_by, date=when)
    return say("front.checked_no_name", date=when)


# --- about me --------------------------------------------------------------------------------


def about_me(plan: Plan, rows: Rows) -> None:
    person = plan.person
    if person.name:
        preferred = person.preferred_name
        rows.add(
            "person",
            "person.name",
            say("about_me.name", name=person.name),
            say("about_me.preferred", preferred=preferred)
            if preferred and preferred != person.name
            else None,
        )
    if person.date_of_birth:
        rows.add(
            "calendar",
            "person.date_of_birth",
            say("about_me.birthday", day_month=day_month(person.date_of_birth)),
        )
    if person.address:
        rows.add(
            "home", "person.address", Free(say("about_me.home", address=person.address), False)
        )
    _communication(plan, rows)
    rows.add(
        "talk",
        "person.views_wishes_feelings_beliefs",
        Lead(say("about_me.views")),
        Free(person.views_wishes_feelings_beliefs),
        needs_free=True,
    )
    rows.add(
        "good_day",
        "person.good_day",
        Lead(say("about_me.good_day")),
        Free(person.good_day),
        needs_free=True,
    )
    rows.add(
        "bad_day",
        "person.bad_day",
        Lead(say("about_me.bad_day")),
        Free(person.bad_day),
        needs_free=True,
    )
    rows.add(
        "church",
        "person.cultural_and_faith_needs",
        Lead(say("about_me.faith")),
        Free(person.cultural_and_faith_needs),
        needs_free=True,
    )
    for index, strength in enumerate(plan.strengths):
        key = (
            f"about_me.strength_{strength.kind.value}"
            if strength.kind and strength.kind.value != "personal"
            else "about_me.strength"
        )
        rows.add(
            "star",
            f"strengths[{index}]",
            Lead(say(key)),
            Free(strength.description),
            needs_free=True,
        )


def _communication(plan: Plan, rows: Rows) -> None:
    comms = plan.person.communication
    rows.add(
        "talk",
        "person.communication.how_to_communicate_with_me",
        Lead(say("about_me.talk")),
        Free(comms.how_to_communicate_with_me),
        needs_free=True,
    )
    if comms.language and comms.language.lower() != "english":
        rows.add(
            "talk",
            "person.communication.language",
            say("about_me.language", language=comms.language),
            say("about_me.interpreter") if comms.interpreter else None,
        )
    if plan.person.phone:
        rows.add("mobile", "person.phone", say("about_me.phone", phone=plan.person.phone))


# --- what matters to me ----------------------------------------------------------------------


def matters(plan: Plan, rows: Rows) -> None:
    for index, item in enumerate(plan.person.what_matters_to_me):
        rows.add("heart", f"person.what_matters_to_me[{index}]", Free(item))
    for index, outcome in enumerate(plan.outcomes):
        concept = concept_for(
            "by_wellbeing",
            outcome.wellbeing_domains[0] if outcome.wellbeing_domains else None,
            "star",
        )
        rows.add(
            concept,
            f"outcomes[{index}]",
            Lead(say("matters.outcome")),
            Free(outcome.statement),
            needs_free=True,
        )
        rows.add(
            "tick",
            f"outcomes[{index}].success_looks_like",
            Lead(say("matters.success")),
            Free(outcome.success_looks_like),
            needs_free=True,
        )


# --- my support (needs, eligibility, how met, prevention: ER-17) ---------------------------


def support(plan: Plan, rows: Rows) -> None:
    costs = {row.line.id: row.cost_per_week for row in figures(plan).rows}
    for index, need in enumerate(plan.needs):
        _need(plan, need, f"needs[{index}]", rows)
    for index, line in enumerate(plan.support):
        _support_line(line, f"support[{index}]", costs.get(line.id), rows)
    for index, item in enumerate(plan.equipment):
        rows.add(
            "equipment",
            f"equipment[{index}]",
            Free(say("support.equipment", item=lower_first(item.item))),
        )
    _advice(plan, rows)


def _without_label(description: str, need: Need) -> str:
    """A need written as its statutory outcome ("Maintaining personal hygiene. I cannot ...")
    repeats the lead sentence: keep only what it adds."""
    for outcome in need.eligibility_outcomes:
        pattern = rf"^\s*{re.escape(outcome.label)}\s*[,.:;-]?\s*"
        description = re.sub(pattern, "", description, flags=re.IGNORECASE)
    return description


def _need(plan: Plan, need: Need, source: str, rows: Rows) -> None:
    outcomes = [o.plain for o in need.eligibility_outcomes]
    concept = concept_for(
        "by_outcome", need.eligibility_outcomes[0] if outcomes else None, "helper"
    )
    lead = (
        say("support.need", outcomes=" and ".join(outcomes))
        if outcomes
        else say("support.need_general")
    )
    rows.add(concept, source, lead, Free(_without_label(need.description, need)))
    eligibility = need.eligibility.value if need.eligibility else None
    key = {"eligible": "eligible", "not_eligible": "not_eligible", "partly": "partly"}.get(
        eligibility or "", "eligibility_unknown"
    )
    rows.add("council", f"{source}.eligibility", say(f"support.{key}"))
    met = f"support.met_{need.met_by.value}" if need.met_by else "support.met_unknown"
    linked = [s for s in plan.support if s.id in need.support_ids or need.id in s.need_ids]
    providers = [display_name(s.provider) for s in linked if s.provider]
    if need.met_by is None and providers:
        met = "support.met_by_support"
    rows.add(
        "helper",
        f"{source}.how_met",
        say(met),
        *[
            Free(say("support.met_by_line", provider=p), keep=(p,))
            for p in dict.fromkeys(providers)
        ],
        Lead(say("support.how_met")) if need.how_met else None,
        Free(need.how_met),
    )


def _support_line(line: SupportLine, source: str, cost: Decimal | None, rows: Rows) -> None:
    concept = concept_for("by_support_kind", line.kind, "helper")
    provider = display_name(line.provider or "")
    who = (
        Free(say("support.line_who", provider=provider), keep=(provider,))
        if provider
        else say("support.line_who_unknown")
    )
    amount = _amount(line)
    rows.add(
        concept,
        source,
        who,
        Lead(say("support.line_what")),
        Free(line.description),
        Free(say("support.line_when", when=lower_first(line.when))) if line.when else None,
        say("support.line_amount", amount=amount) if amount else None,
    )
    money_lines = [
        say("support.line_cost", money=plain_money(cost))
        if cost is not None
        else say("support.line_cost_unknown"),
        say(f"support.funding_{line.funding.value}") if line.funding else None,
        say(f"support.delivery_{line.delivery.value}")
        if line.delivery and line.delivery.value != "informal"
        else None,
        say("support.start", date=plain_date(line.start_date)) if line.start_date else None,
    ]
    rows.add("money", f"{source}.cost_per_week", *money_lines)


def _amount(line: SupportLine) -> str | None:
    if line.units_per_week is None or line.unit is None or line.unit.value in {"week", "item"}:
        return None
    units = say(
        f"units.{line.unit.value}",
        n=plain_number(line.units_per_week),
        one=line.units_per_week == 1,
    )
    return units


def _advice(plan: Plan, rows: Rows) -> None:
    prevention = [
        (i, a)
        for i, a in enumerate(plan.information_and_advice)
        if a.kind.value == "prevent_or_delay"
    ]
    if not prevention:
        rows.add("idea", "information_and_advice", say("support.advice_none"))
    for index, advice in prevention:
        rows.add(
            "idea",
            f"information_and_advice[{index}]",
            say("support.advice"),
            say("support.advice_on", date=plain_date(advice.given_on)) if advice.given_on else None,
            Lead(say("support.advice_text")),
            Free(advice.content),
        )


# --- who helps me --------------------------------------------------------------------------


def helpers(plan: Plan, rows: Rows) -> None:
    cared = plan.cared_for
    if cared is not None and cared.name:
        name: str = cared.name
        rows.add(
            "family",
            "cared_for",
            say("helpers.cared_for", name=name),
            relationship("helpers.cared_for_relationship", name, cared.relationship or "")
            if cared.relationship
            else None,
        )
    for index, carer in enumerate(plan.carers):
        hours = (
            say("helpers.carer_hours", name=carer.name, hours=plain_number(carer.hours_per_week))
            if carer.hours_per_week
            else None
        )
        rows.add(
            "family",
            f"carers[{index}]",
            say("helpers.carer", name=carer.name),
            hours,
            Lead(say("helpers.carer_does", name=carer.name)) if carer.what_they_do else None,
            Free(carer.what_they_do),
        )
    for index, member in enumerate(plan.network):
        _network(member, f"network[{index}]", rows)
    for index, person in enumerate(plan.involvement.people):
        _involved(person, f"involvement.people[{index}]", plan, rows)


def _network(member: NetworkMember, source: str, rows: Rows) -> None:
    if member.name.lower().startswith("the "):  # a group: "The neighbours help me."
        group = "the " + member.name[4:]
        rows.add(
            "people",
            source,
            say("helpers.network_group", name=member.name),
            Lead(say("helpers.helps_with_group", name=group)) if member.helps_with else None,
            Free(member.helps_with),
        )
        return
    relation = (
        relationship("helpers.relationship", member.name, member.relationship)
        if member.relationship
        else None
    )
    rows.add(
        "people",
        source,
        say("helpers.network", name=member.name),
        relation,
        Lead(say("helpers.helps_with", name=member.name)) if member.helps_with else None,
        Free(member.helps_with),
    )


def _involved(person: object, source: str, plan: Plan, rows: Rows) -> None:
    from service.plan.models import InvolvedPerson

    assert isinstance(person, InvolvedPerson)
    if person.name in person_names(plan) or person.role in {
        InvolvementRole.person,
        InvolvementRole.carer,
    }:
        return
    role = person.role
    if role == InvolvementRole.practitioner:
        rows.add("council", source, say("helpers.practitioner", name=person.name))
    elif role == InvolvementRole.advocate:
        key = "helpers.advocate_org" if person.organisation else "helpers.advocate"
        rows.add(
            "advocate",
            source,
            Free(say(key, name=person.name, organisation=person.organisation), False),
        )
    elif role == InvolvementRole.professional:
        key = "helpers.professional" if person.organisation else "helpers.professional_no_org"
        rows.add(
            "doctor",
            source,
            Free(say(key, name=person.name, organisation=person.organisation), False),
        )
    elif role in {InvolvementRole.family, InvolvementRole.friend}:
        rows.add(
            "family" if role == InvolvementRole.family else "friend",
            source,
            say("helpers.involved", name=person.name),
        )


# --- if things go wrong ----------------------------------------------------------------------


def wrong(plan: Plan, rows: Rows) -> None:
    for index, risk in enumerate(plan.risks):
        source = f"risks[{index}]"
        rows.add(
            "warning", source, Lead(say("wrong.risk")), Free(risk.description), needs_free=True
        )
        rows.add(
            "safety",
            f"{source}.proactive",
            Lead(say("wrong.risk_stop")),
            *map(Free, risk.proactive),
            needs_free=True,
        )
        rows.add(
            "emergency",
            f"{source}.reactive",
            Lead(say("wrong.risk_react")),
            *map(Free, risk.reactive),
            needs_free=True,
        )
    contingency = plan.contingency
    for index, contact in enumerate(contingency.emergency_contacts):
        key = "wrong.emergency" if contact.phone else "wrong.emergency_no_phone"
        rows.add(
            "phone",
            f"contingency.emergency_contacts[{index}]",
            say(key, name=contact.name, phone=contact.phone),
        )
    for field_name, key, concept in _CONTINGENCY:
        text = getattr(contingency, field_name)
        rows.add(concept, f"contingency.{field_name}", Lead(say(key)), Free(text), needs_free=True)
    rows.add("emergency", "(emergency)", say("wrong.emergency_services"))


_CONTINGENCY = (
    ("if_carer_unavailable", "wrong.carer_away", "helper"),
    ("if_provider_fails", "wrong.provider_fails", "home"),
    ("hospital_admission", "wrong.hospital", "hospital"),
    ("pets_and_property", "wrong.pets", "pet"),
    ("people_i_care_for", "wrong.people_i_care_for", "family"),
)


# --- my money (personal budget, direct payment: ER-17) -------------------------------------


def money(plan: Plan, rows: Rows) -> None:
    budget = plan.personal_budget
    per = say(f"per.{budget.period.value}")
    if budget.total is None:
        rows.add("money_bag", "personal_budget.total", say("money.budget_unknown"))
    else:
        rows.add(
            "money_bag",
            "personal_budget.total",
            say("money.budget", money=plain_money(budget.total), per=per),
            say(f"money.managed_{budget.management.value}") if budget.management else None,
        )
    shares = [
        say("money.council_pays", money=plain_money(budget.council_contribution), per=per)
        if budget.council_contribution is not None
        else None,
        _person_pays(budget.person_contribution, per),
    ]
    rows.add("money", "personal_budget.contributions", *shares)
    for index, other in enumerate(budget.other_public_money):
        if other.amount is not None and other.source:
            rows.add(
                "money",
                f"personal_budget.other_public_money[{index}]",
                Free(
                    say(
                        "money.other_money",
                        source=other.source,
                        money=plain_money(other.amount),
                        per=per,
                    ),
                    False,
                ),
            )
    for index, top in enumerate(budget.top_ups):
        if top.amount is not None and top.by:
            rows.add(
                "money",
                f"personal_budget.top_ups[{index}]",
                Free(say("money.top_up", by=top.by, money=plain_money(top.amount), per=per), False),
            )
    _direct_payment(plan, rows)


def _person_pays(amount: object, per: str) -> str | None:
    from decimal import Decimal

    if amount is None:
        return None
    assert isinstance(amount, Decimal)
    return (
        say("money.i_pay_nothing")
        if amount == 0
        else say("money.i_pay", money=plain_money(amount), per=per)
    )


def _direct_payment(plan: Plan, rows: Rows) -> None:
    payment = plan.direct_payment
    if payment is None:
        rows.add("money", "direct_payment", say("money.dp_none"))
        return
    frequency = say(f"frequency.{payment.frequency.value}") if payment.frequency else None
    if payment.amount is None:
        amount = say("money.dp_unknown")
    elif frequency is None:
        amount = (
            say("money.dp", money=plain_money(payment.amount), frequency="").rstrip(" .")
            + ". "
            + say("money.dp_frequency_unknown")
        )
    else:
        amount = say("money.dp", money=plain_money(payment.amount), frequency=frequency)
    recipient = (
        payment.recipient_name
        if payment.recipient and payment.recipient.value != "person"
        else None
    )
    rows.add(
        "money",
        "direct_payment.amount",
        *amount.split(". ") if ". " in amount else [amount],
        say("money.dp_recipient", name=recipient) if recipient else None,
        say("money.dp_employ") if payment.employs_personal_assistant else None,
        say("money.dp_first", date=plain_date(payment.first_payment_on))
        if payment.first_payment_on
        else None,
        Free(say("money.dp_help", service=display_name(payment.support_service)))
        if payment.support_service
        else None,
    )


# --- when we check my plan (ER-16 back matter) ----------------------------------------------


def check(plan: Plan, rows: Rows) -> None:
    review = plan.review
    first = (
        say("check.first", date=plain_date(review.first_review_on))
        if review.first_review_on
        else say("check.first_unknown")
    )
    months = review.then_every_months
    every = (
        None
        if months is None
        else (say("check.every_one") if months == 1 else say("check.every", months=months))
    )
    rows.add(
        "calendar",
        "review.first_review_on",
        first,
        every,
        Free(say("check.reviewer", name=review.reviewer), False) if review.reviewer else None,
    )
    rows.add(
        "talk",
        "review.how_to_request",
        say("check.ask"),
        Lead(say("check.how_to_ask")) if review.how_to_request else None,
        Free(review.how_to_request),
    )
    rows.add("letter", "(complaints)", say("check.complaint"))
    agreement = plan.involvement.agreement.status
    if agreement is not None and agreement.value in {"agreed", "not_agreed"}:
        rows.add("pencil", "involvement.agreement.status", say(f"check.{agreement.value}"))
    if plan.sign_off.on and plan.sign_off.by:
        rows.add(
            "pencil",
            "sign_off",
            say("check.signed", by=plan.sign_off.by, date=plain_date(plan.sign_off.on)),
        )


# --- who to contact ------------------------------------------------------------------------


def contact(plan: Plan, rows: Rows) -> None:
    council = plan.local_authority
    rows.add(
        "council",
        "local_authority",
        say("contact.council", council=council) if council else say("contact.council_unknown"),
    )
    for index, person in enumerate(plan.involvement.people):
        if person.role == InvolvementRole.practitioner:
            rows.add(
                "talk",
                f"involvement.people[{index}]",
                say("contact.social_worker", name=person.name),
            )
        elif person.role == InvolvementRole.advocate:
            rows.add(
                "advocate",
                f"involvement.people[{index}]",
                say("contact.advocate", name=person.name),
            )
    shown: set[str] = set()
    for index, contact_ in enumerate(plan.contingency.emergency_contacts):
        if contact_.phone and contact_.name not in shown:
            shown.add(contact_.name)
            rows.add(
                "phone",
                f"contingency.emergency_contacts[{index}]",
                say("contact.person", name=contact_.name, phone=contact_.phone),
            )
    for index, member in enumerate(plan.network):
        if member.contact and member.name not in shown:
            shown.add(member.name)
            rows.add(
                "phone",
                f"network[{index}].contact",
                Free(say("contact.person", name=member.name, phone=member.contact), False),
            )


Builder = Callable[[Plan, Rows], None]
SECTIONS: tuple[tuple[str, Builder], ...] = (
    ("front", front),
    ("about_me", about_me),
    ("matters", matters),
    ("support", support),
    ("helpers", helpers),
    ("wrong", wrong),
    ("money", money),
    ("check", check),
    ("contact", contact),
)
