"""A URL conf mounting only the import router, with the real auth and error handling, so the
endpoint is tested over HTTP whether or not the main API has mounted it yet."""

from __future__ import annotations

from django.urls import path
from ninja import NinjaAPI

from service.api import errors
from service.api.auth import api_auth
from service.api.imports import build_router

api = NinjaAPI(auth=api_auth(), urls_namespace="imports-test")
errors.install(api)
api.add_router("/imports", build_router())

urlpatterns = [path("api/", api.urls)]
