from __future__ import annotations

from django.urls import include, path

from service.api import api

urlpatterns = [
    path("api/", api.urls),
    path("", include("service.web.urls")),
]
