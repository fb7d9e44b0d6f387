"""What the web pages keep between requests that the store does not (yet) hold.

* ``ChatConversation``: a guided conversation saved after every turn, resumable by an
  unguessable link (``token``) or by the signed-in account. Its working plan lives here until the
  person confirms it; confirming writes it to the store as a plan revision.
* ``ImportDraft``: an advocate's imported council plan being corrected before the easy-read
  version is made. Advocates do not create plans in the store, so the draft stays here.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models


def new_token() -> str:
    """256 random bits, URL-safe: a link nobody can guess."""
    return secrets.token_urlsafe(32)


class ChatConversation(models.Model):
    token: models.CharField[str, str] = models.CharField(
        max_length=64, unique=True, default=new_token
    )
    user: models.ForeignKey[Any, Any] = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chat_conversations",
    )
    audience: models.CharField[str, str] = models.CharField(max_length=20, default="person")
    state = models.JSONField()
    plan = models.JSONField()
    record: models.ForeignKey[Any, Any] = models.ForeignKey(
        "store.PlanRecord", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at: models.DateTimeField[Any, Any] = models.DateTimeField(auto_now_add=True)
    updated_at: models.DateTimeField[Any, Any] = models.DateTimeField(auto_now=True)
    user_id: int | None
    record_id: int | None

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return f"conversation {self.pk} ({self.audience})"


class ImportDraft(models.Model):
    owner: models.ForeignKey[Any, Any] = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_drafts"
    )
    filename: models.CharField[str, str] = models.CharField(max_length=255)
    plan = models.JSONField()
    unplaced = models.JSONField(default=list)
    warnings = models.JSONField(default=list)
    created_at: models.DateTimeField[Any, Any] = models.DateTimeField(auto_now_add=True)
    updated_at: models.DateTimeField[Any, Any] = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return f"import {self.pk} of {self.filename}"
