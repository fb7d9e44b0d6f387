"""The single place where errors become HTTP responses.

Body shape for every error: ``{"code": ..., "message": ..., "errors"?: [{path, message}],
"details"?: ...}``. Schema validation by ninja uses the same shape with code ``invalid`` (422).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from service.errors import CareplanError, ErrorCode, InvalidInput
from service.plan.validation import format_path

if TYPE_CHECKING:
    from ninja import NinjaAPI

log = logging.getLogger(__name__)

STATUS = {
    ErrorCode.invalid: 422,
    ErrorCode.not_found: 404,
    ErrorCode.stale_revision: 409,
    ErrorCode.conflict: 409,
    ErrorCode.sign_off_blocked: 409,
    ErrorCode.too_large: 413,
    ErrorCode.forbidden: 403,
    ErrorCode.unavailable: 503,
}


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    405: "method_not_allowed",
    429: "too_many_requests",
}


def error_body(code: str, message: str, errors: Any = None, details: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if errors is not None:
        body["errors"] = errors
    if details is not None:
        body["details"] = details
    return body


def _ninja_path(loc: list[Any]) -> str:
    # ninja prefixes locations with ("body", "<param name>") or ("query", ...): keep the field path.
    parts = tuple(loc[2:] if loc and loc[0] == "body" and len(loc) > 2 else loc[1:] or loc)
    return format_path(parts)


def install(api: NinjaAPI) -> None:
    def careplan_error(request: HttpRequest, exc: Any) -> HttpResponse:
        errors = exc.errors if isinstance(exc, InvalidInput) else None
        details = None if isinstance(exc, InvalidInput) else exc.details
        body = error_body(exc.code.value, exc.message, errors, details)
        return api.create_response(request, body, status=STATUS[exc.code])

    def validation_error(request: HttpRequest, exc: Any) -> HttpResponse:
        errors = [
            {"path": _ninja_path(list(e.get("loc", []))), "message": e.get("msg", "")}
            for e in exc.errors
        ]
        body = error_body("invalid", "Some answers need fixing", errors)
        return api.create_response(request, body, status=422)

    def too_big(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(
            request, error_body("too_large", "The request is too large"), status=413
        )

    def not_found(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, error_body("not_found", "Not found"), status=404)

    def unauthenticated(request: HttpRequest, exc: Any) -> HttpResponse:
        body = error_body("unauthenticated", "Sign in, or send 'Authorization: Bearer <token>'")
        return api.create_response(request, body, status=401)

    def http_error(request: HttpRequest, exc: Any) -> HttpResponse:
        # ninja raises HttpError(400) for a body that is not JSON; say so plainly.
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = "The request body is not valid JSON" if exc.status_code == 400 else str(exc)
        return api.create_response(request, error_body(code, message), status=exc.status_code)

    def unexpected(request: HttpRequest, exc: Any) -> HttpResponse:
        log.exception("Unhandled error on %s %s", request.method, request.path)
        body = error_body("internal", "Something went wrong on our side. Nothing was saved.")
        return api.create_response(request, body, status=500)

    api.add_exception_handler(CareplanError, careplan_error)
    api.add_exception_handler(NinjaValidationError, validation_error)
    api.add_exception_handler(RequestDataTooBig, too_big)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(AuthenticationError, unauthenticated)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Exception, unexpected)
