"""The welcome page, the display switches (larger text, easy read), sign-in and error pages."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from service.web import ratelimit
from service.web.forms import LoginForm
from service.web.middleware import PREF_KEYS


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html")


def _safe_next(request: HttpRequest, target: str) -> str:
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else "/"


@require_POST
def display(request: HttpRequest) -> HttpResponse:
    """Turn a display switch on or off; a plain form, so it works without JavaScript."""
    prefs = dict(request.session.get("display", {}))
    key = request.POST.get("toggle", "")
    if key in PREF_KEYS:
        prefs[key] = not prefs.get(key, False)
        request.session["display"] = prefs
    return HttpResponseRedirect(_safe_next(request, request.POST.get("next", "/")))


class CareplanLoginView(LoginView):
    """Sign in with a name and password (paste and password managers welcome), limited to
    five failures per address and name in fifteen minutes."""

    template_name = "web/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        return "/plans/"  # where staff work; people use their private chat link

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        username = request.POST.get("username", "")
        if ratelimit.is_blocked(request, username):
            # An unbound form: a blocked attempt never reaches the password check at all.
            form = LoginForm(request, initial={"username": username})
            return self.render_to_response(
                self.get_context_data(form=form, blocked=True), status=429
            )
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: Any) -> HttpResponse:
        ratelimit.record_failure(self.request, self.request.POST.get("username", ""))
        return super().form_invalid(form)

    def form_valid(self, form: Any) -> HttpResponse:
        ratelimit.clear(self.request, form.get_user().get_username())
        return super().form_valid(form)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    """Sign out (a POST, so a link elsewhere cannot sign someone out)."""
    from django.contrib.auth import logout

    logout(request)
    return HttpResponseRedirect("/")
