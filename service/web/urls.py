"""Page addresses. Plans are addressed by their public id (unguessable); conversations by token."""

from __future__ import annotations

from django.conf import settings
from django.contrib.staticfiles.views import serve as serve_static
from django.urls import URLPattern, URLResolver, path, re_path

from service.web.views import chat, desk, home, plans

app_name = "web"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", home.home, name="home"),
    path("display/", home.display, name="display"),
    path("accounts/login/", home.CareplanLoginView.as_view(), name="login"),
    path("accounts/logout/", home.logout_view, name="logout"),
    path("chat/", chat.chat_start, name="chat"),
    path("chat/new/", chat.chat_new, name="chat-new"),
    path("chat/c/<str:token>/", chat.chat_question, name="chat-question"),
    path("chat/c/<str:token>/answer/", chat.chat_answer, name="chat-answer"),
    path("chat/c/<str:token>/review/", chat.chat_review, name="chat-review"),
    path("chat/c/<str:token>/change/", chat.chat_change, name="chat-change"),
    path("chat/c/<str:token>/confirm/", chat.chat_confirm, name="chat-confirm"),
    path("chat/c/<str:token>/done/", chat.chat_done, name="chat-done"),
    path("chat/c/<str:token>/download/", chat.chat_download, name="chat-download"),
    path("plans/", plans.plan_list, name="plan-list"),
    path("plans/<str:plan_id>/", plans.plan_detail, name="plan-detail"),
    path("plans/<str:plan_id>/edit/<str:section>/", plans.plan_edit, name="plan-edit"),
    path("plans/<str:plan_id>/history/", plans.plan_history, name="plan-history"),
    path("plans/<str:plan_id>/status/", plans.plan_status, name="plan-status"),
    path("plans/<str:plan_id>/audit/", plans.plan_audit, name="plan-audit"),
    path("plans/<str:plan_id>/access/", plans.plan_access, name="plan-access"),
    path(
        "plans/<str:plan_id>/export/<str:fmt>/<str:variant>/",
        plans.plan_export,
        name="plan-export",
    ),
    path("audit/", plans.audit_all, name="audit"),
    path("easy-read/", desk.desk, name="desk"),
    path("easy-read/<int:pk>/", desk.draft_detail, name="desk-draft"),
    path("easy-read/<int:pk>/edit/<str:section>/", desk.draft_edit, name="desk-edit"),
    path("easy-read/<int:pk>/preview/", desk.draft_preview, name="desk-preview"),
    path("easy-read/<int:pk>/download/", desk.draft_download, name="desk-download"),
]

if not settings.PRODUCTION:
    # `make run` (DEBUG off, no web server in front) still gets its stylesheet. In production
    # static files are served by the web server or WhiteNoise, never through this view.
    urlpatterns.append(re_path(r"^static/(?P<path>.*)$", serve_static, {"insecure": True}))
