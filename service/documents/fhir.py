"""The plan as a FHIR R4 Bundle (validated with ``fhir.resources``' R4B models, which share R4's
CarePlan, Goal, Condition, CareTeam, Patient and RelatedPerson).

Contents: the Patient; a Condition per need; a Goal per outcome (addressing its needs); a
RelatedPerson per carer and for the advocate; a CareTeam with the person, carers and advocate;
the CarePlan (goals, conditions, one activity per support line, the review, and extensions for
the personal budget and direct payment); a contingency CarePlan (``partOf`` the plan) with an
activity per risk. Ids are UUIDv5 of the plan id and the part's id, so the bundle is the same
for the same revision.
"""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from functools import cache
from typing import Any

from service.documents import formatting
from service.documents.markdown import strip_controls
from service.documents.registry import RenderRequest
from service.documents.view import DocumentView
from service.plan.enums import PlanStatus
from service.plan.models import Need, Outcome, Plan, Risk, SupportLine

EXTENSION_BASE = "https://careplan.dev/fhir/StructureDefinition"
CODE_BASE = "https://careplan.dev/fhir/CodeSystem"
NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
_NAMESPACE = uuid.UUID("6b0f3b8e-0c55-4c1c-9d38-5a0c6f1a2f10")
_CAREPLAN_STATUS = {
    PlanStatus.draft: "draft",
    PlanStatus.ready_for_sign_off: "draft",
    PlanStatus.signed_off: "active",
    PlanStatus.not_agreed: "on-hold",
    PlanStatus.ended: "completed",
}


def _words(key: str) -> str:
    return str(formatting.labels()["fhir"][key])


class _Ids:
    """Stable ``urn:uuid`` references for every part of one plan."""

    def __init__(self, plan: Plan) -> None:
        self.seed = plan.id or (plan.person.name or "") + (plan.person.nhs_number or "")

    def __call__(self, kind: str, local: str = "") -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.seed}/{kind}/{local}"))

    def ref(self, kind: str, local: str = "") -> dict[str, str]:
        return {"reference": f"urn:uuid:{self(kind, local)}"}


def _text(value: Any) -> str:
    return strip_controls(value).strip()


def _money(amount: Decimal | None) -> dict[str, Any] | None:
    return None if amount is None else {"value": float(amount), "currency": "GBP"}


def _clean(data: Any) -> Any:
    """Drop empty values: FHIR forbids empty strings, lists and objects."""
    if isinstance(data, dict):
        cleaned = {k: _clean(v) for k, v in data.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], {})}
    if isinstance(data, list):
        return [item for item in (_clean(v) for v in data) if item not in (None, "", [], {})]
    return data


def _note(*pairs: tuple[str, Any]) -> list[dict[str, str]]:
    return [{"text": f"{_words(key)}: {_text(value)}"} for key, value in pairs if value]


# --- resources -----------------------------------------------------------------------------------


def _patient(plan: Plan, ids: _Ids) -> dict[str, Any]:
    person = plan.person
    telecom = [
        {"system": "phone", "value": person.phone},
        {"system": "email", "value": person.email},
    ]
    return {
        "resourceType": "Patient",
        "id": ids("patient"),
        "identifier": [{"system": NHS_NUMBER, "value": (person.nhs_number or "").replace(" ", "")}]
        if person.nhs_number
        else [],
        "name": [
            {
                "text": _text(person.name),
                "given": [_text(person.preferred_name)] if person.preferred_name else [],
            }
        ]
        if person.name
        else [],
        "birthDate": person.date_of_birth.isoformat() if person.date_of_birth else None,
        "telecom": [t for t in telecom if t["value"]],
        "address": [{"text": _text(person.address)}] if person.address else [],
        "communication": [{"language": {"text": _text(person.communication.language)}}]
        if person.communication.language
        else [],
    }


def _related(plan: Plan, ids: _Ids, key: str, name: str, relationship: str) -> dict[str, Any]:
    return {
        "resourceType": "RelatedPerson",
        "id": ids("related", key),
        "patient": ids.ref("patient"),
        "name": [{"text": _text(name)}],
        "relationship": [{"text": _text(relationship)}] if relationship else [],
    }


def _related_people(plan: Plan, ids: _Ids) -> list[tuple[str, dict[str, Any]]]:
    people = [
        ("role_carer", _related(plan, ids, f"carer/{c.id}", c.name, c.relationship or ""))
        for c in plan.carers
    ]
    advocate = plan.advocacy.advocate
    if advocate and advocate.name:
        people.append(
            (
                "role_advocate",
                _related(plan, ids, "advocate", advocate.name, advocate.organisation or ""),
            )
        )
    return people


def _care_team(ids: _Ids, related: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    members = [("role_person", ids.ref("patient"))] + [
        (role, {"reference": f"urn:uuid:{resource['id']}"}) for role, resource in related
    ]
    return {
        "resourceType": "CareTeam",
        "id": ids("careteam"),
        "status": "active",
        "name": _words("careteam_name"),
        "subject": ids.ref("patient"),
        "participant": [{"role": [{"text": _words(role)}], "member": ref} for role, ref in members],
    }


def _condition(need: Need, ids: _Ids) -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "id": ids("need", need.id),
        "category": [{"text": _words("need_category")}],
        "code": {
            "text": _text(need.description),
            "coding": [
                {"system": f"{CODE_BASE}/eligibility-outcome", "code": o.value, "display": o.label}
                for o in need.eligibility_outcomes
            ],
        },
        "subject": ids.ref("patient"),
        "note": _note(
            ("eligibility", formatting.label("eligibility", need.eligibility)),
            ("how_met", need.how_met),
        ),
    }


def _goal(outcome: Outcome, ids: _Ids, lifecycle: str) -> dict[str, Any]:
    return {
        "resourceType": "Goal",
        "id": ids("outcome", outcome.id),
        "lifecycleStatus": lifecycle,
        "description": {"text": _text(outcome.statement)},
        "subject": ids.ref("patient"),
        "expressedBy": ids.ref("patient"),
        "addresses": [ids.ref("need", n) for n in outcome.need_ids],
        "note": _note(
            ("how_support_helps", outcome.how_support_helps),
            ("success", outcome.success_looks_like),
        ),
    }


def _activity(line: SupportLine, ids: _Ids) -> dict[str, Any]:
    return {
        "detail": {
            "status": "scheduled",
            "description": _text(line.description),
            "scheduledString": _text(line.when) if line.when else None,
            "performer": [{"display": _text(line.provider)}] if line.provider else [],
            "reasonReference": [ids.ref("need", n) for n in line.need_ids],
            "goal": [ids.ref("outcome", o) for o in line.outcome_ids],
            "extension": [
                {"url": f"{EXTENSION_BASE}/cost-per-week", "valueMoney": _money(line.cost_per_week)}
            ]
            if line.cost_per_week is not None
            else [],
        }
    }


def _review_activity(plan: Plan) -> list[dict[str, Any]]:
    first = plan.review.first_review_on
    if first is None:
        return []
    detail = {
        "status": "scheduled",
        "description": _words("review"),
        "scheduledPeriod": {"start": first.isoformat()},
    }
    return [{"detail": detail}]


def _budget_extension(view: DocumentView) -> list[dict[str, Any]]:
    pb = view.plan.personal_budget
    parts = [
        ("total", _money(pb.total)),
        ("indicative", _money(pb.indicative_amount)),
        ("personContribution", _money(pb.person_contribution)),
        ("councilContribution", _money(pb.council_contribution)),
    ]
    ext = [{"url": name, "valueMoney": value} for name, value in parts if value]
    ext.append({"url": "period", "valueCode": pb.period.value})
    if pb.management:
        ext.append({"url": "management", "valueCode": pb.management.value})
    return [{"url": f"{EXTENSION_BASE}/personal-budget", "extension": ext}]


def _direct_payment_extension(plan: Plan, ids: _Ids) -> list[dict[str, Any]]:
    dp = plan.direct_payment
    if dp is None:
        return []
    ext: list[dict[str, Any]] = (
        [{"url": "amount", "valueMoney": _money(dp.amount)}] if dp.amount is not None else []
    )
    if dp.frequency:
        ext.append({"url": "frequency", "valueCode": dp.frequency.value})
    ext += [{"url": "need", "valueReference": ids.ref("need", n)} for n in dp.need_ids]
    ext += [{"url": "outcome", "valueReference": ids.ref("outcome", o)} for o in dp.outcome_ids]
    return [{"url": f"{EXTENSION_BASE}/direct-payment", "extension": ext}]


def _care_plan(view: DocumentView, ids: _Ids) -> dict[str, Any]:
    plan = view.plan
    dates = plan.dates
    return {
        "resourceType": "CarePlan",
        "id": ids("careplan"),
        "status": _CAREPLAN_STATUS[plan.status],
        "intent": "plan",
        "title": _text(view.title),
        "category": [{"text": _words("careplan_category")}],
        "subject": ids.ref("patient"),
        "period": {"start": dates.services_start.isoformat()} if dates.services_start else None,
        "created": dates.plan_started.isoformat() if dates.plan_started else None,
        "careTeam": [ids.ref("careteam")],
        "addresses": [ids.ref("need", n.id) for n in plan.needs],
        "goal": [ids.ref("outcome", o.id) for o in plan.outcomes],
        "activity": [_activity(line, ids) for line in plan.support] + _review_activity(plan),
        "extension": _budget_extension(view) + _direct_payment_extension(plan, ids),
    }


def _risk_activity(risk: Risk) -> dict[str, Any]:
    notes = _note(("likely_harm", risk.likely_harm))
    notes += [{"text": f"{_words('proactive')}: {_text(m)}"} for m in risk.proactive]
    notes += [{"text": f"{_words('reactive')}: {_text(m)}"} for m in risk.reactive]
    return {
        "detail": {"status": "not-started", "description": _text(risk.description)},
        "progress": notes,
    }


def _contingency_plan(view: DocumentView, ids: _Ids) -> dict[str, Any]:
    return {
        "resourceType": "CarePlan",
        "id": ids("contingency"),
        "status": _CAREPLAN_STATUS[view.plan.status],
        "intent": "plan",
        "title": _words("contingency_title"),
        "category": [{"text": _words("contingency_category")}],
        "subject": ids.ref("patient"),
        "partOf": [ids.ref("careplan")],
        "activity": [_risk_activity(r) for r in view.plan.risks],
    }


def bundle(request: RenderRequest) -> dict[str, Any]:
    view = DocumentView(request)
    plan, ids = view.plan, _Ids(request.plan)
    lifecycle = "active" if plan.status == PlanStatus.signed_off else "proposed"
    related = _related_people(plan, ids)
    resources = [
        _patient(plan, ids),
        *(resource for _, resource in related),
        _care_team(ids, related),
        *(_condition(n, ids) for n in plan.needs),
        *(_goal(o, ids, lifecycle) for o in plan.outcomes),
        _care_plan(view, ids),
        _contingency_plan(view, ids),
    ]
    return _clean(
        {
            "resourceType": "Bundle",
            "id": ids("bundle", str(request.revision)),
            "type": "collection",
            "timestamp": f"{view.timestamp.isoformat()}Z",
            "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
        }
    )


@cache
def _bundle_model() -> Any:
    from fhir.resources.R4B.bundle import Bundle  # R4B shares R4's resources used here

    return Bundle


def validate(data: dict[str, Any]) -> None:
    """Raise ``pydantic.ValidationError`` if the bundle is not valid FHIR."""
    _bundle_model().model_validate(data)


def render_fhir(request: RenderRequest) -> bytes:
    data = bundle(request)
    validate(data)  # never hand another system an invalid bundle
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
