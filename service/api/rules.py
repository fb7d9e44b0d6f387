"""The rules engine over HTTP: check a plan without storing it, a stored plan's findings, and
the rule catalogue. Mount with prefix ``""``: paths are /check, /rules, /plans/{id}/findings.

``pack`` (repeatable) chooses local rule packs; by default a plan uses its own ``rule_pack``,
and the catalogue lists every local pack there is.
"""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Path, Query, Router

from service.api.plans import json_body
from service.plan import parse_plan
from service.rules import Report, evaluate, load_packs, packs_for
from service.rules.catalogue import RuleInfo, catalogue, find_rule
from service.rules.loader import local_pack_names

PlanId = Annotated[str, Path(max_length=64)]
Packs = Annotated[list[str] | None, Query(description="local rule pack(s), e.g. lincolnshire")]
PLAN_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object", "description": "A plan"}}},
    }
}


def build_router() -> Router:
    """A fresh router (tests mount their own copy; ninja attaches a router to one API only)."""
    router = Router(tags=["rules"])

    @router.post(
        "/check", response=Report, openapi_extra=PLAN_BODY, summary="Check a plan (not stored)"
    )
    def check_plan(request: HttpRequest, pack: Packs = None) -> Report:
        plan = parse_plan(json_body(request))
        return evaluate(plan, packs_for(plan, pack))

    @router.get("/rules", response=list[RuleInfo], summary="The rule catalogue")
    def list_rules(request: HttpRequest, pack: Packs = None) -> list[RuleInfo]:
        return catalogue(load_packs(pack if pack else local_pack_names()))

    @router.get(
        "/rules/{rule_id}", response=RuleInfo, summary="One rule, with sources and examples"
    )
    def get_rule(request: HttpRequest, rule_id: Annotated[str, Path(max_length=32)]) -> RuleInfo:
        return find_rule(load_packs(local_pack_names()), rule_id)

    @router.get("/plans/{plan_id}/findings", response=Report, summary="A stored plan's findings")
    def plan_findings(
        request: HttpRequest,
        plan_id: PlanId,
        revision: Annotated[int | None, Query(ge=1)] = None,
        pack: Packs = None,
    ) -> Report:
        from service.store import selectors  # the store needs Django models: imported on use
        from service.store.audit import audit_record
        from service.store.models import AuditAction

        record = selectors.plan_get_for_user(request.user, plan_id)
        number = revision or record.revision
        plan = parse_plan(selectors.revision_get(record, number).snapshot)
        audit_record(
            request.user, AuditAction.read, record, revision=number, detail={"view": "findings"}
        )
        return evaluate(plan, packs_for(plan, pack))

    return router


router = build_router()
