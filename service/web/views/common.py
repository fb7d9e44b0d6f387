"""What every page view shares: plans looked up as 404 when unseen, audit, role checks."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from service.errors import NotFound
from service.store.access import user_role
from service.store.audit import audit_record
from service.store.models import AuditAction, PlanRecord, Role
from service.store.selectors import plan_get_for_user

View = Callable[..., HttpResponse]


def private(request: HttpRequest) -> None:
    """Mark the response as personal data: ``Cache-Control: no-store`` (see the middleware)."""
    request.careplan_private = True  # type: ignore[attr-defined]


def plan_for(request: HttpRequest, plan_id: str, *, audit: bool = True) -> PlanRecord:
    """The plan if this user may see it, else 404 exactly as for a plan that does not exist.
    Seeing a plan is audited."""
    try:
        record = plan_get_for_user(request.user, plan_id)
    except NotFound:
        raise Http404("No such plan") from None
    private(request)
    if audit:
        audit_record(request.user, AuditAction.read, record, detail={"page": request.path})
    return record


def roles_required(*roles: str) -> Callable[[View], View]:
    """Signed in with one of ``roles`` (managers always pass); otherwise sign in, or 403."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            role = user_role(request.user)
            if role not in roles and role != Role.manager:
                raise DjangoPermissionDenied("This page is not part of your role")
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


ALL_ROLES = tuple(Role.values)
