"""Small template helpers: the signed-in user's role, and a plan path's anchor id."""

from __future__ import annotations

from typing import Any

from django import template

from service.store.access import user_role
from service.web.plantree import anchor as path_anchor

register = template.Library()


@register.simple_tag
def role_of(user: Any) -> str:
    return user_role(user) or ""


@register.filter
def anchor(path: str) -> str:
    return path_anchor(path)
