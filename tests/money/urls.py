"""A URLconf mounting only the money router, as the real API would (same auth, same errors),
so the endpoints are tested over HTTP before the integrator adds them to service/api/routes.py."""

from __future__ import annotations

from django.urls import path
from ninja import NinjaAPI

from service.api import errors
from service.api.auth import api_auth
from service.api.money import router

api = NinjaAPI(title="money test", auth=api_auth(), urls_namespace="money-test")
errors.install(api)
api.add_router("", router)

urlpatterns = [path("api/", api.urls)]
