"""An empty part's own parts have typed fields too: with no direct payment recorded yet, the
practitioner can type its employer costs or add a review straight away, and the direct payment is
created around what they typed (with nothing else invented). Nothing typed creates nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.http import QueryDict
from django.test import Client

from service.demo import load_demo_plan
from service.errors import InvalidInput
from service.store import services
from service.store.selectors import plan_current
from service.web.sectionform import apply, flatten, section_form


def _posted(**fields: str) -> QueryDict:
    posted = QueryDict(mutable=True)
    for name, value in fields.items():
        posted[name] = value
    return posted


@pytest.fixture
def no_dp() -> dict[str, Any]:
    data = load_demo_plan("florence-and-mary").to_json()
    assert data["direct_payment"] is None
    return data


def test_an_empty_part_offers_its_own_parts_typed(no_dp: dict[str, Any]) -> None:
    paths = {f.path for f in flatten(section_form(no_dp, "direct_payment"))}
    assert "direct_payment.amount" in paths
    assert "direct_payment.employer_costs.employer_ni" in paths
    assert "direct_payment.reviews[+].date" in paths
    assert "direct_payment.payees[+].relationship" in paths


def test_a_review_added_to_an_empty_direct_payment_creates_it(no_dp: dict[str, Any]) -> None:
    posted = _posted(**{"f:direct_payment.reviews[+].date": "2027-02-01"})
    dp = apply(no_dp, "direct_payment", posted)["direct_payment"]
    assert dp["reviews"] == [{"date": "2027-02-01"}]
    assert dp["amount"] is None and dp["need_ids"] == []  # nothing else invented


def test_employer_costs_typed_into_an_empty_direct_payment_are_kept(no_dp: dict[str, Any]) -> None:
    posted = _posted(**{"f:direct_payment.employer_costs.employer_ni": "12.50"})
    dp = apply(no_dp, "direct_payment", posted)["direct_payment"]
    assert Decimal(dp["employer_costs"]["employer_ni"]) == Decimal("12.50")


def test_the_part_and_its_parts_typed_together_make_one_part(no_dp: dict[str, Any]) -> None:
    posted = _posted(
        **{
            "f:direct_payment.amount": "180",
            "f:direct_payment.frequency": "four_weekly",
            "f:direct_payment.reviews[+].date": "2027-02-01",
        }
    )
    dp = apply(no_dp, "direct_payment", posted)["direct_payment"]
    assert Decimal(dp["amount"]) == 180 and dp["reviews"] == [{"date": "2027-02-01"}]


def test_nothing_typed_creates_nothing(no_dp: dict[str, Any]) -> None:
    posted = QueryDict(mutable=True)
    for f in flatten(section_form(no_dp, "direct_payment")):
        posted[f.name] = ""
    assert apply(no_dp, "direct_payment", posted)["direct_payment"] is None


def test_a_bad_value_in_a_part_of_an_empty_part_names_its_field(no_dp: dict[str, Any]) -> None:
    posted = _posted(**{"f:direct_payment.reviews[+].date": "next tuesday"})
    with pytest.raises(InvalidInput) as refused:
        apply(no_dp, "direct_payment", posted)
    assert "direct_payment.reviews[+].date" in [e["path"] for e in refused.value.errors]


def test_the_page_saves_a_review_on_a_plan_with_no_direct_payment(world: Any) -> None:
    plan = plan_current(world.plan)
    plan.direct_payment = None
    services.plan_update(
        plan_id=world.plan.public_id, plan=plan, base_revision=1, actor=world.practitioner
    )
    client = Client()
    client.force_login(world.practitioner)
    url = f"/plans/{world.plan.public_id}/edit/direct_payment/"
    html = client.get(url).content.decode()
    assert 'name="f:direct_payment.reviews[+].date"' in html
    response = client.post(
        url, {"base_revision": "2", "f:direct_payment.reviews[+].date": "2027-03-01"}
    )
    assert response.status_code == 302
    world.plan.refresh_from_db()
    dp = plan_current(world.plan).direct_payment
    assert dp is not None and [str(r.date) for r in dp.reviews] == ["2027-03-01"]
