"""The money endpoints over HTTP: explained figures out, problems as {path, message}."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from service.plan import parse_plan
from service.store import services

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.money.urls")]


def test_indicative_budget(api_as: Any, practitioner: Any) -> None:
    body = {
        "given_on": "2025-06-01",
        "needs": [{"outcome": "maintaining_personal_hygiene", "level": "full_help"}],
        "carer_support": "some",
    }
    response = api_as(practitioner).post("/api/budget/indicative", body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["total_points"] == "9.00"  # 10 points, 10% taken off for the carer's help
    assert data["per_week"] == "81.00"  # 9 × £9.00
    assert data["lines"][0]["working"] == "9 points × £9.00 a point = £81.00 a week"
    assert data["illustration"] is True


def test_indicative_budget_refuses_an_unknown_outcome(api_as: Any, practitioner: Any) -> None:
    body = {"given_on": "2025-06-01", "needs": [{"outcome": "flying", "level": "full_help"}]}
    response = api_as(practitioner).post("/api/budget/indicative", body)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"


def test_direct_payment_calculation(api_as: Any, practitioner: Any) -> None:
    body = {"on": "2027-01-18", "pay_period": "week", "workers": [{"hours_per_week": "6"}]}
    response = api_as(practitioner).post("/api/direct-payment/calculate", body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["total"] == "100.02"
    assert D(data["four_weekly"]["total"]) == sum(
        D(x["amount"]) for x in data["four_weekly"]["lines"]
    )
    assert {p["key"] for p in data["parameters"]} >= {"employer_ni_rate", "holiday_pay_rate"}


def test_direct_payment_date_without_figures_is_a_422(api_as: Any, practitioner: Any) -> None:
    body = {"on": "2019-01-01", "workers": [{"hours_per_week": "6"}]}
    response = api_as(practitioner).post("/api/direct-payment/calculate", body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "on"


def test_plan_budget(api_as: Any, practitioner: Any, small_plan: dict[str, Any]) -> None:
    small_plan["support"][0]["kind"] = "home_care"
    small_plan["personal_budget"] = {"council_contribution": "171.50", "person_contribution": "0"}
    record = services.plan_create(plan=parse_plan(small_plan), actor=practitioner)
    response = api_as(practitioner).get(f"/api/plans/{record.public_id}/budget?on=2026-06-01")
    assert response.status_code == 200, response.content
    assert response.json()["direct_payment"] is None  # no personal assistant employed
    data = response.json()["costing"]
    assert data["total_per_week"] == "171.50"  # 7 hours × £24.50
    assert data["lines"][0]["framework_rate"] == "24.45"
    assert [f["rule"] for f in data["flags"]] == ["LCC-08"]  # £24.50 > £24.45, not authorised
    assert data["difference"] == "0.00"
    earlier = api_as(practitioner).get(f"/api/plans/{record.public_id}/budget?on=2025-06-01")
    assert (
        earlier.json()["costing"]["lines"][0]["framework_rate"] == "23.50"
    )  # the date picks the rates


def test_plan_budget_is_hidden_from_people_not_involved(
    api_as: Any, outsider: Any, shared_plan: Any
) -> None:
    response = api_as(outsider).get(f"/api/plans/{shared_plan.public_id}/budget")
    assert response.status_code == 404


def test_sign_in_is_needed(client: Any) -> None:
    response = client.post("/api/direct-payment/calculate", {}, content_type="application/json")
    assert response.status_code == 401


def test_openapi_documents_the_three_endpoints(client: Any) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {
        "/api/budget/indicative",
        "/api/plans/{plan_id}/budget",
        "/api/direct-payment/calculate",
    } <= set(schema["paths"])
    pay_period = schema["components"]["schemas"]["DirectPaymentRequest"]["properties"]["pay_period"]
    assert "year" not in str(pay_period) and "four_weeks" in str(pay_period)
