"""Who may see and change which plan.

Roles (``Profile.role``): person, carer, advocate, practitioner, manager. A plan is visible to

* its person (``PlanRecord.person_user``),
* people the person invited (``PlanAccess`` rows, carer or advocate, not withdrawn),
* its allocated practitioner (``PlanRecord.practitioner``),
* every manager (and Django superusers, who administer the service).

Everyone who can see a plan may change its content (a practitioner's edit, or the person, carer
or advocate through the conversation). Only the allocated practitioner and managers may change
its status (ready for sign-off, signed off, ended...). A plan someone cannot see does not exist
for them: selectors raise ``NotFound`` (404), never ``PermissionDenied``, so ids cannot be probed.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from service.store.models import PlanAccess, PlanRecord, Role

STAFF_ROLES = frozenset({Role.practitioner, Role.manager})
CREATOR_ROLES = frozenset({Role.practitioner, Role.manager, Role.person})


def user_role(user: Any) -> str | None:
    """The user's role, or ``None`` for an anonymous user or one without a profile."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    if user.is_superuser:
        return Role.manager
    profile = getattr(user, "careplan_profile", None)
    return profile.role if profile is not None else None


def is_manager(user: Any) -> bool:
    return user_role(user) == Role.manager


def visible_plans(user: Any) -> QuerySet[PlanRecord]:
    """Every plan ``user`` may see."""
    if user_role(user) is None and not getattr(user, "is_authenticated", False):
        return PlanRecord.objects.none()
    if is_manager(user):
        return PlanRecord.objects.all()
    invited = PlanAccess.objects.filter(user=user, withdrawn_at__isnull=True).values("plan_id")
    return PlanRecord.objects.filter(Q(person_user=user) | Q(practitioner=user) | Q(pk__in=invited))


def can_see(user: Any, record: PlanRecord) -> bool:
    """The same rule as ``visible_plans`` for one plan already loaded (cheaper per request)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.pk in (record.person_user_id, record.practitioner_id) or is_manager(user):
        return True
    return PlanAccess.objects.filter(plan=record, user=user, withdrawn_at__isnull=True).exists()


def can_create(user: Any, imported: bool = False) -> bool:
    """Practitioners, managers and people create plans; an advocate may save a council's plan
    they imported (the easy-read desk), and is given advocate access to that draft."""
    role = user_role(user)
    return role in CREATOR_ROLES or (imported and role == Role.advocate)


def can_set_status(user: Any, record: PlanRecord) -> bool:
    """Sign-off and other status changes are a practitioner's or a manager's decision."""
    return is_manager(user) or (
        user_role(user) == Role.practitioner and record.practitioner_id == user.pk
    )
