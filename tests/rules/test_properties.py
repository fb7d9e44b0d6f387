"""Property tests: any schema-valid plan evaluates without an exception, deterministically.

Plans are generated section by section with ids that resolve (the schema refuses dangling
references), drawing every enum value and leaving any field out, so rules meet empty, partial
and contradictory plans as well as complete ones.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.plan import parse_plan
from service.plan.enums import (
    AdviceKind,
    CapacityOutcome,
    Delivery,
    Eligibility,
    EligibilityOutcome,
    Funding,
    InvolvementRole,
    MetBy,
    PlanStatus,
    PlanType,
    SupportKind,
    UnableReason,
    Unit,
    WellbeingDomain,
)
from service.rules import Status, evaluate, load_packs

PACKS = load_packs(["lincolnshire"])
# Any text a person could type: every character but surrogates and NUL (which the schema refuses).
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"),
    max_size=30,
)
dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat)
money = st.decimals(min_value=0, max_value=Decimal("99999"), places=2).map(str)
maybe = st.none() | st.booleans()


def enum(kind: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in kind])


def optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


def refs(prefix: str, n: int) -> st.SearchStrategy[list[str]]:
    return (
        st.lists(st.integers(0, max(n - 1, 0)).map(lambda i: f"{prefix}-{i}"), max_size=3)
        if n
        else st.just([])
    )


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    n_needs, n_out, n_sup = (
        draw(st.integers(0, 6)),
        draw(st.integers(0, 4)),
        draw(st.integers(0, 5)),
    )
    needs = [
        {"id": f"need-{i}", "description": draw(text.filter(str.strip) | st.just("x")),
         **draw(optional(eligibility=enum(Eligibility), met_by=enum(MetBy), how_met=text,
                         fluctuating=maybe, extent=text, direct_payment_possible=maybe,
                         eligibility_outcomes=st.lists(enum(EligibilityOutcome), max_size=3),
                         unable_reason=st.lists(enum(UnableReason), max_size=2),
                         outcome_ids=refs("out", n_out), support_ids=refs("sup", n_sup)))}
        for i in range(n_needs)
    ]  # fmt: skip
    outcomes = [
        {"id": f"out-{i}", "statement": draw(text), "need_ids": draw(refs("need", n_needs)),
         **draw(optional(wellbeing_domains=st.lists(enum(WellbeingDomain), max_size=2),
                         how_support_helps=text))}
        for i in range(n_out)
    ]  # fmt: skip
    support = [
        {"id": f"sup-{i}", "description": draw(text), "need_ids": draw(refs("need", n_needs)),
         **draw(optional(kind=enum(SupportKind), funding=enum(Funding), delivery=enum(Delivery),
                         unit=enum(Unit), unit_cost=money, units_per_week=money.map(lambda m: m[:6]),
                         rate_authorised=maybe))}
        for i in range(n_sup)
    ]  # fmt: skip
    return {
        "plan_type": draw(enum(PlanType)),
        "status": draw(enum(PlanStatus)),
        "rule_pack": draw(st.sampled_from([None, "lincolnshire"])),
        "needs": needs,
        "outcomes": outcomes,
        "support": support,
        **draw(
            optional(
                dates=optional(plan_started=dates, services_start=dates, assessment=dates),
                personal_budget=optional(
                    total=money,
                    person_contribution=money,
                    council_contribution=money,
                    indicative_amount=money,
                    period=st.sampled_from(["week", "year"]),
                ),
                direct_payment=optional(
                    need_ids=refs("need", n_needs),
                    amount=money,
                    first_payment_on=dates,
                    employs_personal_assistant=maybe,
                    reviews=st.lists(st.fixed_dictionaries({"date": dates}), max_size=3),
                    payees=st.lists(optional(relationship=text, same_household=maybe), max_size=2),
                ),
                risks=st.lists(
                    st.fixed_dictionaries(
                        {"id": st.just("risk-1"), "description": text},
                        optional={"likely_harm": text},
                    ),
                    max_size=1,
                ),
                information_and_advice=st.lists(
                    st.fixed_dictionaries(
                        {
                            "kind": enum(AdviceKind),
                            "content": text,
                            "need_ids": refs("need", n_needs),
                        }
                    ),
                    max_size=3,
                ),
                capacity=optional(
                    assessments=st.lists(
                        st.fixed_dictionaries(
                            {"decision": text, "outcome": enum(CapacityOutcome)},
                            optional={"date": dates},
                        ),
                        max_size=2,
                    )
                ),
                advocacy=optional(
                    substantial_difficulty=optional(understanding=maybe, communicating=maybe),
                    material_disagreement=maybe,
                    advocate_paid_carer=maybe,
                ),
                involvement=optional(
                    people=st.lists(
                        st.fixed_dictionaries(
                            {
                                "id": st.just("p-1"),
                                "name": text.filter(str.strip) | st.just("p"),
                                "role": enum(InvolvementRole),
                            }
                        ),
                        max_size=1,
                    )
                ),
                equipment=st.lists(
                    st.fixed_dictionaries(
                        {"id": st.just("eq-1"), "item": text},
                        optional={"cost": money, "chargeable": maybe},
                    ),
                    max_size=1,
                ),
                review=optional(
                    first_review_on=dates,
                    then_every_months=st.integers(1, 36),
                    previous_budget_total=money,
                ),
                safeguarding=optional(concern=text, s42_enquiry_ref=text),
                other_formats=st.lists(
                    optional(where=text).map(lambda d: {"kind": "audio", **d}), max_size=1
                ),
            )
        ),
    }


@pytest.mark.slow  # ~10 s: generating nested plans dominates, not the rules
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_valid_plan_evaluates_deterministically(data: dict[str, Any]) -> None:
    plan = parse_plan(data)
    first, second = evaluate(plan, PACKS), evaluate(parse_plan(plan.to_json()), PACKS)
    assert first == second
    assert {f.status for f in first.findings} <= set(Status)
    rule_ids = {r.id for p in PACKS for r in p.rules}
    assert {f.rule_id for f in first.findings} == rule_ids  # every rule reports, none is lost
    assert first.must_failures == [f for f in first.failures() if f.level.value == "must"]
