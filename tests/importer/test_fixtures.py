"""Each council-style document imports to a valid draft with the facts a reader would find."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from service.plan import parse_plan
from tests.importer.helpers import DOCUMENTS, FIXTURES, imported, source_text, squash

D = Decimal


@pytest.mark.parametrize("name", DOCUMENTS)
def test_draft_validates_and_round_trips(name: str) -> None:
    result = imported(name)
    assert result.plan.status.value == "draft"
    again = parse_plan(result.plan.to_json())
    assert again == result.plan


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_text_unit_is_placed_or_unplaced(name: str) -> None:
    result = imported(name)
    placed = {e.ref for entries in result.plan.provenance.values() for e in entries}
    unplaced = {u.ref for u in result.unplaced}
    assert not placed & unplaced
    assert result.units == len(placed) + len(unplaced)
    assert result.units == len(_independent_units(name))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_provenance_quotes_the_text_at_its_ref(name: str) -> None:
    result = imported(name)
    entries = [e for entries in result.plan.provenance.values() for e in entries]
    assert entries
    for entry in entries:
        assert entry.source.value == "import"
        assert entry.ref is not None and entry.quote
        assert squash(entry.quote) in squash(source_text(name, entry.ref))
    for item in result.unplaced:
        assert squash(item.text) in squash(source_text(name, item.ref))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_provenance_paths_name_values_in_the_plan(name: str) -> None:
    """Every provenance key resolves in the plan's JSON (or names a derived cost)."""
    data = imported(name).plan.to_json()
    for path in data["provenance"]:
        if path.endswith(".cost_per_week"):
            path = path.removesuffix(".cost_per_week")
        assert _resolve(data, path) is not None, path


def test_a_grid_tables() -> None:
    plan = imported("a_grid_tables.docx").plan
    assert plan.person.name == "Daniel Hartley"
    assert plan.person.preferred_name == "Dan"
    assert plan.person.nhs_number == "999 787 7896"
    assert plan.person.la_reference == "1048823"
    assert plan.local_authority == "Lincolnshire County Council"
    assert [n.eligibility.value for n in plan.needs if n.eligibility] == ["eligible"] * 4 + [
        "not_eligible"
    ]
    assert plan.needs[0].eligibility_outcomes[0].value == "maintaining_personal_hygiene"
    assert [
        (s.units_per_week, s.unit.value if s.unit else None, s.unit_cost) for s in plan.support
    ] == [
        (D(7), "hour", D("19.80")),
        (D("10.5"), "hour", D("19.80")),
        (D(3), "hour", D("19.80")),
        (D(2), "day", D("42.00")),
    ]
    assert sum(s.cost_per_week or 0 for s in plan.support) == D("489.90")
    # The grid links each row's need, outcome and support line both ways.
    assert plan.needs[0].support_ids == ["sup-1"] and plan.support[0].need_ids == ["need-1"]
    assert plan.needs[0].outcome_ids == ["out-1"] and plan.outcomes[0].need_ids == ["need-1"]
    assert plan.support[0].outcome_ids == ["out-1"]
    budget = plan.personal_budget
    assert (budget.total, budget.person_contribution, budget.council_contribution) == (
        D("489.90"),
        D("46.20"),
        D("443.70"),
    )
    assert budget.indicative_amount == D("495.00")
    assert budget.management is not None and budget.management.value == "council_managed"
    assert plan.review.first_review_on == date(2026, 3, 17)
    assert plan.review.then_every_months == 12
    assert [r.likelihood.value for r in plan.risks if r.likelihood] == ["medium", "low"]
    assert plan.contingency.emergency_contacts[0].name == "Susan Hartley"
    assert plan.sign_off.on == date(2026, 2, 10)


def test_a_grid_tables_keeps_what_it_cannot_place() -> None:
    result = imported("a_grid_tables.docx")
    unplaced = {u.text for u in result.unplaced}
    assert "OFFICIAL - SENSITIVE" in unplaced
    assert any(t.startswith("Daniel has a learning disability. The table shows") for t in unplaced)
    assert result.warnings == []  # the stated weekly costs and total all add up


def test_b_headed_paragraphs() -> None:
    result = imported("b_headed_paragraphs.docx")
    plan = result.plan
    assert plan.person.name == "Margaret Ellis" and plan.person.preferred_name == "Peggy"
    assert plan.person.date_of_birth == date(1943, 6, 2)
    assert len(plan.needs) == 4
    assert [n.eligibility.value for n in plan.needs if n.eligibility] == ["eligible"] * 3 + [
        "not_eligible"
    ]
    assert plan.needs[1].met_by is not None and plan.needs[1].met_by.value == "carer"
    assert "Linda, my daughter, cooks my tea" in (plan.needs[1].how_met or "")
    assert [s.provider for s in plan.support] == [
        "Trent Valley Care Ltd",
        "Gainsborough Home Help",
        "Lincolnshire Telecare Service",
    ]
    # "45 minutes every morning, 7 days a week" is 5.25 hours; the stated £97.13 agrees.
    assert plan.support[0].units_per_week == D("5.25")
    assert plan.support[0].cost_per_week == D("97.13")
    assert plan.support[2].cost_per_week == D("4.85")  # a weekly charge with no hours
    assert plan.personal_budget.total == D("133.98")
    assert plan.carers[0].name == "Linda Ellis" and plan.carers[0].lives_with_person is False
    assert plan.carers[0].hours_per_week == D(14)
    kinds = [a.kind.value for a in plan.information_and_advice]
    assert kinds == ["prevent_or_delay", "direct_payments", "complaints"]
    assert plan.contingency.if_carer_unavailable is not None
    assert result.warnings == []


def test_b_unknown_heading_keeps_its_text_unplaced() -> None:
    unplaced = {u.text: u.reason for u in imported("b_headed_paragraphs.docx").unplaced}
    reason = unplaced["Peggy's neighbour Joan was present for part of the meeting."]
    assert reason is not None and "Notes from the assessment meeting" in reason


def test_c_mosaic_export() -> None:
    result = imported("c_mosaic_export.txt")
    plan = result.plan
    assert plan.person.name == "Stanislaw Nowak"
    assert plan.person.la_reference == "3097715"
    assert plan.person.communication.language == "Polish"
    assert plan.dates.assessment == date(2026, 1, 12)
    assert [n.eligibility.value for n in plan.needs if n.eligibility] == [
        "eligible",
        "eligible",
        "not_eligible",
        "not_eligible",
    ]
    assert plan.support[0].units_per_week == D(7)  # 30 minutes twice a day, 7 days a week
    assert plan.support[0].cost_per_week == D("129.50")
    assert plan.support[0].kind is not None and plan.support[0].kind.value == "home_care"
    assert plan.support[1].kind is not None and plan.support[1].kind.value == "telecare"
    assert plan.carers[0].carer_assessment_offered is True
    assert plan.risks[0].reactive and plan.risks[0].proactive
    assert plan.personal_budget.council_contribution == D("114.55")
    assert plan.review.first_review_on == date(2026, 3, 16)
    assert plan.involvement.people[0].name == "Helen Marsh"
    unplaced = {u.text for u in result.unplaced}
    assert {"Step ID: 5567321", "End of report"} <= unplaced


def test_d_mixed_budget_table() -> None:
    result = imported("d_mixed_budget_table.docx")
    plan = result.plan
    assert plan.person.name == "Chloe Watkins"
    assert plan.person.nhs_number == "999 339 0755"
    assert len(plan.needs) == 3
    pa = plan.support[0]
    assert pa.kind is not None and pa.kind.value == "personal_assistant"
    assert (pa.units_per_week, pa.unit_cost, pa.cost_per_week) == (D(12), D("15.20"), D("182.40"))
    assert pa.delivery is not None and pa.delivery.value == "direct_payment"
    assert plan.support[1].unit is not None and plan.support[1].unit.value == "day"
    assert plan.personal_budget.total == D("288.00")
    assert plan.personal_budget.management is not None
    assert plan.personal_budget.management.value == "direct_payment"
    dp = plan.direct_payment
    assert dp is not None and dp.amount == D("1152.00")
    assert dp.frequency is not None and dp.frequency.value == "four_weekly"
    assert dp.first_payment_on == date(2026, 3, 2)
    assert dp.employs_personal_assistant is True
    assert plan.review.first_review_on == date(2026, 4, 20)
    # The employer-costs line has no field of its own: it is kept, amount and all, for a person.
    unplaced = {u.text for u in result.unplaced}
    assert "£9.60" in unplaced


def test_e_letter() -> None:
    result = imported("e_letter.txt")
    plan = result.plan
    assert plan.person.name == "Anthony Okafor"  # "Mr" is a form of address, not the name
    assert plan.person.la_reference == "1193406"
    assert plan.local_authority == "Lincolnshire County Council"
    assert [n.eligibility.value for n in plan.needs if n.eligibility] == [
        "eligible",
        "not_eligible",
    ]
    outcomes = {o.value for o in plan.needs[0].eligibility_outcomes}
    assert outcomes == {"maintaining_personal_hygiene", "being_appropriately_clothed"}
    home_care = plan.support[0]
    assert home_care.provider == "Coastal Homecare Ltd"
    assert home_care.units_per_week == D("5.25") and home_care.unit_cost == D("19.20")
    assert home_care.cost_per_week == D("100.80")
    budget = plan.personal_budget
    assert (budget.total, budget.person_contribution, budget.council_contribution) == (
        D("100.80"),
        D("27.35"),
        D("73.45"),
    )
    assert plan.review.first_review_on == date(2026, 3, 23) and plan.review.then_every_months == 12
    assert plan.contingency.if_provider_fails is not None
    [writer] = plan.involvement.people  # the letter's signature
    assert (writer.name, writer.organisation) == (
        "Joanne Clarke",
        "Social Worker, East Lindsey Locality Team",
    )
    unplaced = {u.text for u in result.unplaced}
    assert {"Dear Mr Okafor,", "Mr Anthony Okafor", "12 Seacroft Drive"} <= unplaced


def test_f_carers_plan_uses_the_carer_outcomes() -> None:
    result = imported("f_carers_plan.txt")
    plan = result.plan
    assert plan.plan_type.value == "carer_support"
    assert plan.person.name == "Karen Foster"  # on a carer's plan the person is the carer
    outcomes = [[o.value for o in n.eligibility_outcomes] for n in plan.needs]
    assert outcomes == [
        ["carer_recreation"],
        ["carer_work_training_education_volunteering"],
        ["carer_habitable_home"],
    ]
    assert [n.eligibility.value for n in plan.needs if n.eligibility] == [
        "eligible",
        "eligible",
        "not_eligible",
    ]
    assert plan.support[0].cost_per_week == D("63.00")
    assert plan.personal_budget.total == D("10.00")
    assert plan.personal_budget.management is not None
    assert plan.personal_budget.management.value == "direct_payment"
    assert result.unplaced == []


def test_fixture_script_matches_committed_documents(tmp_path: Path) -> None:
    """The committed .docx files are what make_fixtures.py writes (text, not zip bytes)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = tmp_path
    module.grid_tables()
    module.headed_paragraphs()
    module.mixed_with_budget_table()
    for name in ("a_grid_tables.docx", "b_headed_paragraphs.docx", "d_mixed_budget_table.docx"):
        assert _docx_dump(tmp_path / name) == _docx_dump(FIXTURES / name), name


# --- helpers -------------------------------------------------------------------------------------


def _independent_units(name: str) -> list[str]:
    """Non-empty paragraphs and distinct table cells, counted without the importer's reader."""
    path = FIXTURES / name
    if not name.endswith(".docx"):
        return _text_units(path.read_text(encoding="utf-8"))
    document = docx.Document(str(path))
    units = [p.text for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        seen: list[object] = []
        for row in table.rows:
            for cell in row.cells:
                if not any(cell._tc is tc for tc in seen):
                    seen.append(cell._tc)
                    units += [cell.text] if cell.text.strip() else []
    return units


def _text_units(text: str) -> list[str]:
    """Lines with words, wrapped prose counted once: a line continues the previous one when it
    neither starts a bullet nor a label, and the previous one was long prose."""
    units: list[str] = []
    previous = ""
    for line in text.split("\n"):
        if not re.search(r"[A-Za-z0-9]", line):
            previous = ""
            continue
        starts = re.match(r"\s*([-*•]|[A-Z][^:]{0,59}:|===|---)", line) or line.isupper()
        wrapped = len(previous.strip()) >= 60 or (
            len(previous.strip()) >= 30
            and line.strip()[:1].islower()
            and previous.strip()[-1] not in ".!?:)"
        )
        if previous and wrapped and not starts and not previous.isupper():
            previous = line
            continue
        units.append(line)
        previous = line
    return units


def _resolve(data: object, path: str) -> object:
    node = data
    for key, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", path):
        node = node[int(index)] if index else node[key]  # type: ignore[index]
    return node


def _docx_dump(path: Path) -> list[str]:
    document = docx.Document(str(path))
    text = [f"{p.style.name if p.style else ''}|{p.text}" for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return text + cells
