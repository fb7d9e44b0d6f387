"""The one error vocabulary of careplan.

Domain code raises ``CareplanError`` subclasses; the API maps ``code`` to an HTTP status once
(``service/api/errors.py``). Nothing else invents an error format.

    CareplanError (code, message, details)
    ├── InvalidInput            code=invalid           -> 422  details: [{path, message}]
    │   └── PlanInvalid         a plan failed the schema or its references
    ├── NotFound                code=not_found         -> 404
    ├── StaleRevision           code=stale_revision    -> 409  details: {current_revision}
    ├── Conflict                code=conflict          -> 409  (wrong question, racing answer...)
    ├── SignOffBlocked          code=sign_off_blocked  -> 409  details: {findings}
    ├── TooLarge                code=too_large         -> 413
    ├── PermissionDenied        code=forbidden         -> 403  (never for a plan: those are 404)
    └── Unavailable             code=unavailable       -> 503  (a format whose tool is missing)
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    invalid = "invalid"
    not_found = "not_found"
    stale_revision = "stale_revision"
    conflict = "conflict"
    sign_off_blocked = "sign_off_blocked"
    too_large = "too_large"
    forbidden = "forbidden"
    unavailable = "unavailable"


class CareplanError(Exception):
    code: ErrorCode = ErrorCode.invalid

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInput(CareplanError):
    """``details`` is a list of ``{"path": ..., "message": ...}``."""

    code = ErrorCode.invalid

    def __init__(
        self, errors: list[dict[str, str]], message: str = "Some answers need fixing"
    ) -> None:
        super().__init__(message, errors)
        self.errors = errors


class PlanInvalid(InvalidInput):
    pass


class NotFound(CareplanError):
    code = ErrorCode.not_found


class StaleRevision(CareplanError):
    code = ErrorCode.stale_revision

    def __init__(self, current_revision: int, based_on: int | None) -> None:
        super().__init__(
            f"This plan has changed since revision {based_on}: it is now at revision "
            f"{current_revision}. Reload it and make your change again.",
            {"current_revision": current_revision, "based_on": based_on},
        )
        self.current_revision = current_revision


class Conflict(CareplanError):
    code = ErrorCode.conflict


class SignOffBlocked(CareplanError):
    code = ErrorCode.sign_off_blocked


class TooLarge(CareplanError):
    code = ErrorCode.too_large


class PermissionDenied(CareplanError):
    code = ErrorCode.forbidden


class Unavailable(CareplanError):
    code = ErrorCode.unavailable
