"""ORM models of the store: plans and their immutable revisions, access, audit, API tokens.

State changes go through ``service.store.services``; reads through ``service.store.selectors``.
A ``Revision`` is written once and never changed or deleted: that is how nothing is ever lost.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from service.plan.enums import PlanStatus

USER = settings.AUTH_USER_MODEL


class ApiToken(models.Model):
    """A bearer token for programs. Only its SHA-256 is stored; the token is shown once."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) for {self.user}"


class Role(models.TextChoices):
    person = "person", "Person"
    carer = "carer", "Carer"
    advocate = "advocate", "Advocate"
    practitioner = "practitioner", "Practitioner"
    manager = "manager", "Manager"


class Profile(models.Model):
    """A user's role in the service. A user without a profile has no role: they see only plans
    they are linked to (as the person, or through an invitation)."""

    user = models.OneToOneField(USER, on_delete=models.CASCADE, related_name="careplan_profile")
    role = models.CharField(max_length=20, choices=Role.choices)

    def __str__(self) -> str:
        return f"{self.user} ({self.role})"


class Source(models.TextChoices):
    conversation = "conversation", "Conversation"
    practitioner = "practitioner", "Practitioner"
    import_ = "import", "Import"
    api = "api", "API"


STATUS_CHOICES = [(status.value, status.value.replace("_", " ")) for status in PlanStatus]


class PlanRecord(models.Model):
    """One plan. The plan itself lives in its revisions; this row carries what lists and searches
    need (denormalised from the current revision) and the revision counter used for locking."""

    public_id = models.CharField(max_length=40, unique=True)
    revision = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=30, choices=STATUS_CHOICES, default=PlanStatus.draft)
    person_name = models.CharField(max_length=200, blank=True, default="")
    person_reference = models.CharField(max_length=200, blank=True, default="")
    review_date = models.DateField(null=True, blank=True)
    person_user = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="own_plans"
    )
    practitioner = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="allocated_plans"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["review_date"]),
            models.Index(fields=["person_name"]),
        ]

    def __str__(self) -> str:
        return f"{self.public_id} r{self.revision} ({self.status})"


class ImmutableError(RuntimeError):
    """A programming error: something tried to change history."""


class AppendOnlyQuerySet(models.QuerySet[Any]):
    """Bulk ``update()`` and ``delete()`` would bypass the model's guard: refuse them too."""

    def update(self, **kwargs: Any) -> int:
        raise ImmutableError(f"{self.model.__name__} rows are never changed")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise ImmutableError(f"{self.model.__name__} rows are never deleted")


class Revision(models.Model):
    """A full snapshot of a plan at one revision. Written once; never updated, never deleted."""

    objects = AppendOnlyQuerySet.as_manager()

    plan = models.ForeignKey(PlanRecord, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    author = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=20, choices=Source.choices)
    reason = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plan", "number"]
        constraints = [
            # The backstop of optimistic locking: two writers cannot both create revision n.
            models.UniqueConstraint(fields=["plan", "number"], name="revision_unique_number"),
        ]

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableError("A revision is never changed: write a new one instead")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ImmutableError("A revision is never deleted")

    def __str__(self) -> str:
        return f"{self.plan_id} r{self.number}"


class PlanAccess(models.Model):
    """Someone the person invited to see and help with their plan (a carer or an advocate)."""

    class AccessRole(models.TextChoices):
        carer = "carer", "Carer"
        advocate = "advocate", "Advocate"

    plan = models.ForeignKey(PlanRecord, on_delete=models.CASCADE, related_name="access")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="plan_access")
    role = models.CharField(max_length=20, choices=AccessRole.choices)
    invited_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "withdrawn_at"])]

    def __str__(self) -> str:
        return f"{self.user} as {self.role} on {self.plan_id}"


class AuditAction(models.TextChoices):
    read = "read", "Read"
    list = "list", "List"
    write = "write", "Write"
    status = "status", "Status change"
    export = "export", "Export"
    access = "access", "Access change"


class AuditEvent(models.Model):
    """Who did what to which plan, when. Append-only, like revisions."""

    objects = AppendOnlyQuerySet.as_manager()

    actor = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    plan = models.ForeignKey(
        PlanRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit"
    )
    revision = models.PositiveIntegerField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-id"]

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableError("An audit event is never changed")
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_id} {self.action} {self.plan_id}"
