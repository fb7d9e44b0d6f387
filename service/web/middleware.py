"""Security headers for every response, and the reader's display choices for every page.

``SecurityHeadersMiddleware`` sets a strict Content-Security-Policy (our own origin only; no
inline script at all, so no nonce is needed; inline styles only where a view explicitly allows
them for a standalone document preview), and the headers Django's own middleware does not set.
``DisplayPrefsMiddleware`` reads the larger-text and easy-read switches from the session (set by
a plain form POST, so they work without JavaScript) and puts them on ``request.display``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
# A standalone document (easy-read preview) carries its own <style>; it still runs no script.
DOCUMENT_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

Handler = Callable[[HttpRequest], HttpResponse]


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if getattr(request, "careplan_private", False):
            # Plan pages and documents hold personal data: never keep them in shared caches.
            response.headers["Cache-Control"] = "no-store, private"
        return response


@dataclass(frozen=True)
class Display:
    large_text: bool = False
    easy_read: bool = False

    @property
    def body_classes(self) -> str:
        names = [("large-text", self.large_text), ("easy-read", self.easy_read)]
        return " ".join(name for name, on in names if on)


PREF_KEYS = ("large_text", "easy_read")


class DisplayPrefsMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        prefs = request.session.get("display", {}) if hasattr(request, "session") else {}
        request.display = Display(**{k: bool(prefs.get(k)) for k in PREF_KEYS})  # type: ignore[attr-defined]
        return self.get_response(request)
