"""How headings, labels, paragraphs and tables map, on small documents that isolate one rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from service.importer import import_text
from tests.importer.helpers import imported

D = Decimal


def test_a_stated_weekly_cost_that_does_not_add_up_is_a_warning() -> None:
    result = import_text(
        "=== SERVICES ===\nService: Home care\nHours: 7 hours a week\n"
        "Rate: £18.50 per hour\nWeekly cost: £130.00\n"
    )
    line = result.plan.support[0]
    assert line.cost_per_week == D("129.50")  # derived from hours and rate, never the stated figure
    [warning] = result.warnings
    assert warning.ref == "line 5" and "£129.50" in warning.message
    assert "support[0].cost_per_week" in result.plan.provenance


def test_a_weekly_cost_alone_becomes_one_week_at_that_cost() -> None:
    result = import_text("=== SERVICES ===\nService: Lifeline\nWeekly cost: £4.85\n")
    line = result.plan.support[0]
    assert (line.units_per_week, line.unit, line.unit_cost) == (D(1), "week", D("4.85"))


def test_a_weekly_cost_and_hours_give_the_rate_when_exact() -> None:
    result = import_text("=== SERVICES ===\nService: PA\nHours: 10\nWeekly cost: £152.00\n")
    assert result.plan.support[0].unit_cost == D("15.20")


def test_totals_and_contributions_are_checked() -> None:
    result = import_text(
        "Service | Provider | Hours per week | Hourly rate\n"
        "Home care | Lincs Care Ltd | 7 | £20.00\n"
        "Total | | | £150.00\n"
        "\n=== PERSONAL BUDGET ===\n"
        "Personal budget: £140.00 per week\n"
        "Your contribution: £20.00 per week\n"
        "Council contribution: £100.00 per week\n"
    )
    messages = [w.message for w in result.warnings]
    assert any("£150.00" in m and "£140.00" in m for m in messages)  # stated vs derived total
    assert any("contributions add up to £120.00" in m for m in messages)


def test_a_second_different_value_is_kept_unplaced_with_the_reason() -> None:
    result = import_text("Name: Jo Bloggs\nName: Joanne Bloggs\n")
    assert result.plan.person.name == "Jo Bloggs"
    [item] = result.unplaced
    assert item.ref == "line 2" and "line 1" in (item.reason or "")


def test_a_label_with_its_value_on_the_next_line() -> None:
    result = import_text("Date of birth:\n4 May 1950\n")
    assert result.plan.person.date_of_birth == date(1950, 5, 4)
    refs = [e.ref for e in result.plan.provenance["person.date_of_birth"]]
    assert refs == ["line 2", "line 1"]


def test_an_unreadable_value_is_kept_with_its_label() -> None:
    result = import_text("=== REVIEW ===\nReview date: to be arranged\n")
    assert result.plan.review.first_review_on is None
    reasons = {u.ref: u.reason or "" for u in result.unplaced}
    assert "date" in reasons["line 2"] and set(reasons) == {"line 1", "line 2"}


def test_text_under_an_unknown_heading_is_not_filed_under_the_previous_one() -> None:
    result = import_text(
        "=== ELIGIBLE NEEDS ===\nNeed: Managing toilet needs\n"
        "=== SAFEGUARDING HISTORY ===\nNeed: this is not a need\n"
    )
    assert len(result.plan.needs) == 1
    assert {u.text for u in result.unplaced} == {"SAFEGUARDING HISTORY", "Need: this is not a need"}


def test_a_yearly_budget_keeps_its_period() -> None:
    result = import_text("=== PERSONAL BUDGET ===\nAnnual personal budget: £12,740.00\n")
    budget = result.plan.personal_budget
    assert (budget.total, budget.period.value) == (D("12740.00"), "year")


def test_a_budget_in_a_different_period_is_not_mixed_in() -> None:
    result = import_text(
        "=== PERSONAL BUDGET ===\nPersonal budget: £245.00 per week\nYour contribution: £1,690.00 per year\n"
    )
    assert result.plan.personal_budget.person_contribution is None
    assert [u.ref for u in result.unplaced] == ["line 3"]


def test_a_direct_payment_paragraph() -> None:
    result = import_text(
        "=== DIRECT PAYMENTS ===\nYou will receive £560.00 every four weeks to employ a "
        "personal assistant.\n"
    )
    dp = result.plan.direct_payment
    assert dp is not None and dp.amount == D("560.00") and dp.frequency is not None
    assert dp.frequency.value == "four_weekly" and dp.employs_personal_assistant is True


def test_a_carer_named_in_a_paragraph() -> None:
    result = import_text("=== CARERS ===\nMary Brown (daughter) cooks tea every evening.\n")
    carer = result.plan.carers[0]
    assert (carer.name, carer.relationship) == ("Mary Brown", "daughter")


def test_a_carer_without_a_name_is_kept_for_the_advocate() -> None:
    result = import_text("=== CARERS ===\nMy daughter helps most evenings.\n")
    assert result.plan.carers == []
    reasons = {u.text: u.reason or "" for u in result.unplaced}
    assert "name" in reasons["My daughter helps most evenings."]


def test_grid_rows_link_need_outcome_and_support() -> None:
    result = import_text(
        "Need | Eligible | Outcome | Support | Provider | Hours per week\n"
        "Maintaining personal hygiene | Yes | I want to shower daily | Home care | X Ltd | 7\n"
        "Managing toilet needs | No | | | |\n"
    )
    plan = result.plan
    assert [n.eligibility.value for n in plan.needs if n.eligibility] == [
        "eligible",
        "not_eligible",
    ]
    assert plan.needs[0].support_ids == ["sup-1"] and plan.needs[0].outcome_ids == ["out-1"]
    assert plan.support[0].need_ids == ["need-1"] and plan.support[0].outcome_ids == ["out-1"]
    assert plan.needs[1].support_ids == []
    assert result.unplaced == []


def test_a_carers_support_plan_title_sets_the_plan_type() -> None:
    result = import_text("Carer's Support Plan\n\nName: Mary Brown\n")
    assert result.plan.plan_type.value == "carer_support"


def test_everyday_words_name_an_outcome_only_when_they_point_at_one() -> None:
    result = import_text(
        "=== ELIGIBLE NEEDS ===\n"
        "Jo cannot cook a hot meal safely.\n"
        "Jo needs help to shower and to cook.\n"
    )
    first, second = result.plan.needs
    assert [o.value for o in first.eligibility_outcomes] == ["managing_and_maintaining_nutrition"]
    assert second.eligibility_outcomes == []  # two outcomes in everyday words: not guessed


def test_the_letters_ineligible_need_is_read_from_everyday_words() -> None:
    need = imported("e_letter.txt").plan.needs[1]
    assert need.eligibility is not None and need.eligibility.value == "not_eligible"
    assert [o.value for o in need.eligibility_outcomes] == [
        "making_use_of_necessary_facilities_in_the_community"
    ]


def test_a_heading_over_nothing_placeable_is_kept_unplaced() -> None:
    result = import_text(
        "=== DIRECT PAYMENT ===\nNot applicable\n\n=== REVIEW ===\nReview date: 1 May 2027\n"
    )
    assert result.plan.direct_payment is None
    assert "direct_payment" not in result.plan.provenance
    assert {u.text for u in result.unplaced} == {"DIRECT PAYMENT", "Not applicable"}
    assert result.plan.provenance["review"][0].quote == "REVIEW"


def test_who_was_involved_and_equipment() -> None:
    result = import_text(
        "=== WHO WAS INVOLVED ===\n"
        "Susan Hartley (mother)\n"
        "Priya Shah (social worker, Boston Locality Team)\n"
        "Asha Patel (Care Act advocate, POhWER)\n"
        "\n=== EQUIPMENT AND ADAPTATIONS ===\n"
        "Shower seat and grab rails, fitted on 20/01/2026\n"
        "Equipment: Hob isolator switch\n"
        "Cost: £0.00\n"
    )
    people = [(p.name, p.role.value) for p in result.plan.involvement.people]
    assert people == [
        ("Susan Hartley", "family"),
        ("Priya Shah", "practitioner"),
        ("Asha Patel", "advocate"),
    ]
    first, second = result.plan.equipment
    assert first.provided_on == date(2026, 1, 20)
    assert (second.item, second.cost) == ("Hob isolator switch", D("0.00"))
    assert result.unplaced == []


def test_short_lines_stay_apart_and_wrapped_prose_joins() -> None:
    result = import_text(
        "Mr Jo Bloggs\n12 High Street\nLouth\n\n"
        "=== OUTCOMES ===\n"
        "I want to get back to my allotment on Tuesdays and Thursdays with\n"
        "my friend Dave, and to grow my own vegetables again.\n"
    )
    refs = {u.ref for u in result.unplaced}
    assert refs == {"line 1", "line 2", "line 3"}
    [outcome] = result.plan.outcomes
    assert outcome.statement.endswith("grow my own vegetables again.")
    assert result.plan.provenance["outcomes[0].statement"][0].ref == "lines 6-7"
