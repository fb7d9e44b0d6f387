"""API authentication: a bearer token for programs, the Django session for pages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from service.store.tokens import user_for_token


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


def api_auth() -> list[Any]:
    # Session auth keeps ninja's CSRF check for unsafe methods, so a page cannot be tricked
    # into writing a plan; bearer tokens need no CSRF because browsers never send them alone.
    return [BearerToken(), SessionAuth()]
