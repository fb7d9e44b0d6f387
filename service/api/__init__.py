"""The JSON API (django-ninja). OpenAPI docs at /api/docs.

Handlers stay small: parse, call the domain or the store, respond. Errors are raised as
``service.errors`` exceptions and turned into HTTP once, in ``service.api.errors``.
"""

from __future__ import annotations

from importlib import import_module

from ninja import NinjaAPI

from service.api import errors
from service.api.auth import api_auth
from service.api.routes import ROUTERS

api = NinjaAPI(
    title="careplan API",
    version="1",
    description="Care and support planning under the Care Act 2014.",
    auth=api_auth(),
    urls_namespace="api",
)
errors.install(api)

for prefix, module in ROUTERS:
    api.add_router(prefix, import_module(module).router)
