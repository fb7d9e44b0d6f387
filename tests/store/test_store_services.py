"""Store services: revisions are immutable, writes are compare-and-set, changes are audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError

from service.errors import (
    InvalidInput,
    PermissionDenied,
    PlanInvalid,
    SignOffBlocked,
    StaleRevision,
)
from service.plan import parse_plan
from service.store import selectors, services
from service.store.models import AuditEvent, ImmutableError, PlanRecord, Revision


def _renamed(record: PlanRecord, name: str) -> Any:
    plan = selectors.plan_current(record)
    return plan.model_copy(update={"person": plan.person.model_copy(update={"name": name})})


def test_create_stores_revision_one_with_the_server_id(shared_plan: PlanRecord) -> None:
    revision = selectors.revision_get(shared_plan, 1)
    assert shared_plan.revision == 1
    assert revision.snapshot["id"] == shared_plan.public_id
    assert revision.snapshot["person"]["name"] == "Test Person"
    assert (shared_plan.person_name, shared_plan.person_reference) == ("Test Person", "LA-0001")


def test_update_adds_a_revision_and_keeps_the_old_one(
    shared_plan: PlanRecord, practitioner: Any
) -> None:
    record = services.plan_update(
        plan_id=shared_plan.public_id,
        plan=_renamed(shared_plan, "Florence"),
        base_revision=1,
        actor=practitioner,
        source="practitioner",
        reason="Name corrected",
    )
    assert record.revision == 2 and record.person_name == "Florence"
    revisions = list(selectors.revision_list(record))
    assert [(r.number, r.source, r.author) for r in revisions] == [
        (1, "api", practitioner),
        (2, "practitioner", practitioner),
    ]
    assert selectors.revision_get(record, 1).snapshot["person"]["name"] == "Test Person"


def test_a_stale_write_is_refused_and_changes_nothing(
    shared_plan: PlanRecord, practitioner: Any, carer: Any
) -> None:
    plan_id = shared_plan.public_id
    services.plan_update(
        plan_id=plan_id, plan=_renamed(shared_plan, "A"), base_revision=1, actor=practitioner
    )
    with pytest.raises(StaleRevision) as refused:
        services.plan_update(
            plan_id=plan_id, plan=_renamed(shared_plan, "B"), base_revision=1, actor=carer
        )
    assert refused.value.details == {"current_revision": 2, "based_on": 1}
    assert selectors.plan_get(plan_id).person_name == "A"
    assert Revision.objects.filter(plan=shared_plan).count() == 2


def test_a_write_must_name_its_base_revision(shared_plan: PlanRecord, practitioner: Any) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.plan_update(
            plan_id=shared_plan.public_id,
            plan=_renamed(shared_plan, "A"),
            base_revision=None,
            actor=practitioner,
        )
    assert refused.value.errors[0]["path"] == "If-Match"


def test_unique_revision_number_is_the_backstop_for_a_lost_race(
    shared_plan: PlanRecord, practitioner: Any
) -> None:
    # Simulate a writer that inserted revision 2 without moving the counter (a race the
    # compare-and-set should make impossible): the insert collides and becomes a 409, not a 500.
    Revision.objects.create(plan=shared_plan, number=2, snapshot={}, source="api")
    with pytest.raises(StaleRevision):
        services.plan_update(
            plan_id=shared_plan.public_id,
            plan=_renamed(shared_plan, "A"),
            base_revision=1,
            actor=practitioner,
        )
    assert selectors.plan_get(shared_plan.public_id).revision == 1


def test_revisions_cannot_be_changed_or_deleted(shared_plan: PlanRecord) -> None:
    revision = selectors.revision_get(shared_plan, 1)
    revision.reason = "rewritten history"
    with pytest.raises(ImmutableError):
        revision.save()
    with pytest.raises(ImmutableError):
        revision.delete()
    with pytest.raises(ImmutableError):
        Revision.objects.filter(plan=shared_plan).update(reason="x")
    with pytest.raises(ImmutableError):
        Revision.objects.filter(plan=shared_plan).delete()
    with pytest.raises(IntegrityError):  # a plan with history cannot be deleted either
        PlanRecord.objects.filter(pk=shared_plan.pk).delete()


def test_patch_merges_into_the_base_revision(shared_plan: PlanRecord, carer: Any) -> None:
    record = services.plan_patch(
        plan_id=shared_plan.public_id,
        patch={"person": {"preferred_name": "Flo", "la_reference": None}, "id": "stolen"},
        base_revision=1,
        actor=carer,
        source="conversation",
    )
    plan = selectors.plan_current(record)
    assert (plan.person.name, plan.person.preferred_name) == ("Test Person", "Flo")
    assert plan.person.la_reference is None and record.person_reference == ""
    assert plan.id == shared_plan.public_id


def test_patch_that_breaks_the_plan_names_the_path(shared_plan: PlanRecord, carer: Any) -> None:
    with pytest.raises(PlanInvalid) as refused:
        services.plan_patch(
            plan_id=shared_plan.public_id,
            patch={"outcomes": [{"id": "out-1", "statement": "x", "need_ids": ["need-9"]}]},
            base_revision=1,
            actor=carer,
        )
    assert any(e["path"].startswith("outcomes[0].need_ids") for e in refused.value.errors)
    assert selectors.plan_get(shared_plan.public_id).revision == 1


def test_status_is_the_practitioners_decision(
    shared_plan: PlanRecord, carer: Any, practitioner: Any
) -> None:
    with pytest.raises(PermissionDenied):
        services.plan_set_status(
            plan_id=shared_plan.public_id, status="ended", base_revision=1, actor=carer
        )
    record = services.plan_set_status(
        plan_id=shared_plan.public_id, status="ended", base_revision=1, actor=practitioner
    )
    assert (record.status, record.revision) == ("ended", 2)
    assert selectors.plan_current(record).status == "ended"


def test_a_carer_cannot_change_status_by_rewriting_the_plan(
    shared_plan: PlanRecord, carer: Any
) -> None:
    plan = selectors.plan_current(shared_plan).model_copy(update={"status": "signed_off"})
    with pytest.raises(PermissionDenied):
        services.plan_update(plan_id=shared_plan.public_id, plan=plan, base_revision=1, actor=carer)


def test_sign_off_is_refused_while_a_must_rule_fails(
    shared_plan: PlanRecord, practitioner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    finding = {"rule": "CA-01", "message": "An assessed need is missing from the plan"}
    monkeypatch.setattr(services, "sign_off_blockers", lambda plan: [finding])
    with pytest.raises(SignOffBlocked) as refused:
        services.plan_set_status(
            plan_id=shared_plan.public_id,
            status="ready_for_sign_off",
            base_revision=1,
            actor=practitioner,
        )
    assert refused.value.details == {"findings": [str(finding)]}
    assert selectors.plan_get(shared_plan.public_id).revision == 1


def test_sign_off_goes_ahead_when_nothing_blocks_it(
    shared_plan: PlanRecord, practitioner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "sign_off_blockers", lambda plan: [])
    record = services.plan_set_status(
        plan_id=shared_plan.public_id, status="signed_off", base_revision=1, actor=practitioner
    )
    assert record.status == "signed_off"


def test_every_write_is_audited(shared_plan: PlanRecord, practitioner: Any) -> None:
    services.plan_update(
        plan_id=shared_plan.public_id,
        plan=_renamed(shared_plan, "A"),
        base_revision=1,
        actor=practitioner,
        reason="typo",
    )
    writes = AuditEvent.objects.filter(plan=shared_plan, action="write").order_by("revision")
    assert [(e.revision, e.actor, e.detail["reason"]) for e in writes] == [
        (1, practitioner, ""),
        (2, practitioner, "typo"),
    ]


def test_a_user_without_a_role_cannot_create_plans(db: None, small_plan: dict[str, Any]) -> None:
    from tests.conftest import make_user

    nobody = make_user("no.role", None)
    with pytest.raises(PermissionDenied):
        services.plan_create(plan=parse_plan(small_plan), actor=nobody)


def test_the_real_rules_block_sign_off_of_an_incomplete_plan(
    shared_plan: PlanRecord, practitioner: Any
) -> None:
    with pytest.raises(SignOffBlocked) as refused:
        services.plan_set_status(
            plan_id=shared_plan.public_id,
            status="ready_for_sign_off",
            base_revision=1,
            actor=practitioner,
        )
    findings = refused.value.details["findings"]
    # The small plan never says whether its need is eligible (Care Act s.25(1)(b)).
    assert any(f["rule_id"] == "CA-02" and f["level"] == "must" for f in findings)


def test_an_unknown_rule_pack_is_a_validation_error_not_a_404(
    shared_plan: PlanRecord, practitioner: Any
) -> None:
    plan = selectors.plan_current(shared_plan).model_copy(
        update={"rule_pack": "atlantis", "status": "signed_off"}
    )
    with pytest.raises(PlanInvalid) as refused:
        services.plan_update(
            plan_id=shared_plan.public_id, plan=plan, base_revision=1, actor=practitioner
        )
    assert refused.value.errors[0]["path"] == "rule_pack"


def test_an_import_keeps_the_status_it_was_given(db: None, small_plan: dict[str, Any]) -> None:
    plan = parse_plan({**small_plan, "status": "signed_off"})
    record = services.plan_create(plan=plan, actor=None, source="import", reason="Old plan")
    assert record.status == "signed_off"
    with pytest.raises(SignOffBlocked):
        services.plan_create(plan=plan, actor=None, source="api")


def test_audit_details_never_carry_a_nul_character(shared_plan: PlanRecord, carer: Any) -> None:
    from service.store.audit import audit_record

    event = audit_record(carer, "export", shared_plan, detail={"q\x00": ["a\x00b", 3]})
    event.refresh_from_db()
    assert event.detail == {"q": ["ab", 3]}


def test_setting_the_current_status_writes_nothing(
    shared_plan: PlanRecord, practitioner: Any
) -> None:
    record = services.plan_set_status(
        plan_id=shared_plan.public_id, status="draft", base_revision=1, actor=practitioner
    )
    assert record.revision == 1
    assert Revision.objects.filter(plan=shared_plan).count() == 1
