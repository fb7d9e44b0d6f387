"""Login rate limiting: failed sign-ins counted per client address *and* user name in the cache.

Counting per pair means one person mistyping cannot lock out a whole office behind one address,
and an attacker trying many passwords for one name from one address is slowed to a crawl. The
cache is shared by all web workers in production (``CACHES``), so the limit holds across them.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpRequest

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


def client_ip(request: HttpRequest) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client and cannot be trusted here.
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def _key(request: HttpRequest, username: str) -> str:
    raw = f"{client_ip(request)}|{username.strip().lower()}".encode()
    return "login-fail:" + hashlib.sha256(raw).hexdigest()


def is_blocked(request: HttpRequest, username: str) -> bool:
    return int(cache.get(_key(request, username), 0)) >= MAX_FAILURES


def record_failure(request: HttpRequest, username: str) -> int:
    key = _key(request, username)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return 1


def clear(request: HttpRequest, username: str) -> None:
    cache.delete(_key(request, username))
