"""Who sees which plan: the person, invited carers and advocates, the allocated practitioner,
managers. Everyone else gets NotFound, exactly as for a plan that does not exist."""

from __future__ import annotations

from typing import Any

import pytest

from service.errors import NotFound, PermissionDenied
from service.plan import parse_plan
from service.store import selectors, services
from service.store.models import AuditEvent, PlanRecord
from tests.conftest import make_user


@pytest.mark.parametrize(
    ("persona", "sees"),
    [
        ("person", True),
        ("practitioner", True),
        ("carer", True),
        ("manager", True),
        ("outsider", False),
    ],
)
def test_visibility(
    shared_plan: PlanRecord, request: pytest.FixtureRequest, persona: str, sees: bool
) -> None:
    user = request.getfixturevalue(persona)
    listed = list(selectors.plan_list_for_user(user))
    assert (shared_plan in listed) is sees
    if sees:
        assert selectors.plan_get_for_user(user, shared_plan.public_id) == shared_plan
    else:
        with pytest.raises(NotFound):
            selectors.plan_get_for_user(user, shared_plan.public_id)


def test_withdrawn_invitation_hides_the_plan(
    shared_plan: PlanRecord, person: Any, carer: Any
) -> None:
    ended = services.plan_access_withdraw(plan_id=shared_plan.public_id, user=carer, actor=person)
    assert ended == 1
    with pytest.raises(NotFound):
        selectors.plan_get_for_user(carer, shared_plan.public_id)
    assert AuditEvent.objects.filter(plan=shared_plan, action="access").count() == 2


def test_only_the_person_staff_may_invite(
    shared_plan: PlanRecord, carer: Any, outsider: Any
) -> None:
    with pytest.raises(PermissionDenied):
        services.plan_access_grant(
            plan_id=shared_plan.public_id, user=outsider, role="advocate", actor=carer
        )


def test_allocation_moves_the_plan_between_practitioners(
    shared_plan: PlanRecord, manager: Any, practitioner: Any, outsider: Any
) -> None:
    with pytest.raises(PermissionDenied):
        services.plan_allocate(
            plan_id=shared_plan.public_id, practitioner=outsider, actor=practitioner
        )
    services.plan_allocate(plan_id=shared_plan.public_id, practitioner=outsider, actor=manager)
    assert selectors.plan_get_for_user(outsider, shared_plan.public_id) == shared_plan
    with pytest.raises(NotFound):
        selectors.plan_get_for_user(practitioner, shared_plan.public_id)


def test_list_filters_by_status_and_search(shared_plan: PlanRecord, manager: Any) -> None:
    assert list(selectors.plan_list_for_user(manager, q="test pers")) == [shared_plan]
    assert list(selectors.plan_list_for_user(manager, q="la-0001")) == [shared_plan]
    assert list(selectors.plan_list_for_user(manager, q="nobody")) == []
    assert list(selectors.plan_list_for_user(manager, status="signed_off")) == []
    assert list(selectors.plan_list_for_user(manager, status="draft")) == [shared_plan]


def test_the_system_list_sees_every_plan(
    shared_plan: PlanRecord, small_plan: dict[str, Any]
) -> None:
    from service.plan import parse_plan

    other = services.plan_create(plan=parse_plan(small_plan), actor=None, source="import")
    assert set(selectors.plan_list()) == {shared_plan, other}
    assert list(selectors.plan_list(q=other.public_id)) == [other]


def test_an_advocate_may_save_an_imported_plan_and_then_see_it(
    small_plan: dict[str, Any], outsider: Any
) -> None:
    advocate = make_user("asha.advocate", "advocate")
    record = services.plan_create(plan=parse_plan(small_plan), actor=advocate, source="import")
    assert selectors.plan_get_for_user(advocate, record.public_id).pk == record.pk
    with pytest.raises(NotFound):
        selectors.plan_get_for_user(outsider, record.public_id)


def test_an_advocate_may_not_create_a_plan_from_scratch(
    small_plan: dict[str, Any], db: None
) -> None:
    advocate = make_user("asha.advocate", "advocate")
    with pytest.raises(PermissionDenied):
        services.plan_create(plan=parse_plan(small_plan), actor=advocate, source="api")
