"""A URLconf mounting only the conversations router, as the real API would (same auth, same
errors), so the endpoints are tested over HTTP whichever routers the main API mounts."""

from __future__ import annotations

from django.urls import path
from ninja import NinjaAPI

from service.api import errors
from service.api.auth import api_auth
from service.api.conversations import router

api = NinjaAPI(title="conversations test", auth=api_auth(), urls_namespace="conversations-test")
errors.install(api)
api.add_router("/conversations", router)

urlpatterns = [path("api/", api.urls)]
