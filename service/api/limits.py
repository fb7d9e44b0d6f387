"""Refuse oversized request bodies with 413 before anything reads them."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

# Paths that accept file uploads get the upload limit; everything else the JSON body limit.
UPLOAD_PREFIXES = ("/api/imports", "/easy-read/")
# A multipart body carries headers and boundaries around the file: allow for them so a file of
# exactly the upload limit is judged by the importer's own size check, not refused here.
MULTIPART_OVERHEAD = 64 * 1024


def _limit_for(path: str) -> int:
    if path.startswith(UPLOAD_PREFIXES):
        return int(settings.CAREPLAN_MAX_UPLOAD_BYTES) + MULTIPART_OVERHEAD
    return int(settings.CAREPLAN_MAX_BODY_BYTES)


class BodySizeLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = _limit_for(request.path)
        if length > limit:
            body = {
                "code": "too_large",
                "message": f"The request is too large: the limit is {limit:,} bytes",
                "details": {"limit_bytes": limit, "content_length": length},
            }
            return HttpResponse(json.dumps(body), status=413, content_type="application/json")
        return self.get_response(request)
