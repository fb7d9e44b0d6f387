"""The guided conversation, one question per screen, working with JavaScript off.

Every answer is a plain form POST; "I don't know" and "Go back" are real buttons in the same
form. A refused answer (empty, too long, the page was out of date, or the session and its CSRF
cookie expired) is shown again with what the person typed still in the box.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from service import conversation as engine
from service.conversation.state import Audience
from service.errors import Conflict, InvalidInput
from service.plan import Plan
from service.store.audit import audit_record
from service.store.models import AuditAction
from service.web import chatstore, downloads
from service.web.forms import StartForm
from service.web.models import ChatConversation
from service.web.views.common import private

SKIP = "skip"  # the engine's word for "I don't know"
MY_PLAN_CHOICES = downloads.MY_PLAN_CHOICES


def _link(request: HttpRequest, convo: ChatConversation) -> str:
    return request.build_absolute_uri(reverse("web:chat-question", args=[convo.token]))


def chat_start(request: HttpRequest) -> HttpResponse:
    """Start a conversation, or carry on the one this account already has."""
    mine = None
    if request.user.is_authenticated:
        mine = ChatConversation.objects.filter(user=request.user).first()
    return render(request, "web/chat_start.html", {"mine": mine})


@require_POST
def chat_new(request: HttpRequest) -> HttpResponse:
    form = StartForm(request.POST)
    audience: Audience = (
        "carer" if form.is_valid() and form.cleaned_data["audience"] == "carer" else "person"
    )
    plan = Plan()
    state, _ = engine.start(audience, plan, easy_read=request.display.easy_read)  # type: ignore[attr-defined]
    convo = chatstore.create(request, audience, state, plan)
    return HttpResponseRedirect(reverse("web:chat-question", args=[convo.token]))


def _question_context(
    request: HttpRequest, convo: ChatConversation, **extra: Any
) -> dict[str, Any]:
    state, plan = chatstore.state_of(convo), chatstore.plan_of(convo)
    question = _current_view(state, plan)
    return {
        "convo": convo,
        "state": state,
        "question": question,
        "progress": (shown := _progress(state, plan)),
        "decile": min(100, max(0, shown.percent)) // 10 * 10,
        "link": _link(request, convo),
        "typed": "",
        "noted": _last_noted(state, plan),
        **extra,
    }


def _last_noted(state: engine.ConversationState, plan: Plan) -> Any:
    """What was noted from the latest answer, shown so a wrong fact can be changed at once."""
    latest = engine.last_answered(state, plan)
    return latest if latest is not None and latest.noted else None


def _current_view(state: engine.ConversationState, plan: Plan) -> Any:
    from service.conversation.engine import view  # the engine's view of one question
    from service.conversation.flow import load_flow

    if state.current is None or state.finished:
        return None
    flow = load_flow()
    return view(flow, flow.question(state.current), state, plan.to_json())


def _progress(state: engine.ConversationState, plan: Plan) -> Any:
    from service.conversation.engine import progress
    from service.conversation.flow import load_flow

    return progress(load_flow(), state, plan.to_json())


def chat_question(request: HttpRequest, token: str) -> HttpResponse:
    convo = chatstore.load(request, token)
    private(request)
    return render(request, "web/chat_question.html", _question_context(request, convo))


def _answer_args(request: HttpRequest) -> dict[str, Any]:
    """Text typed, or the choice(s) picked; "I don't know" sends the engine's skip word."""
    if request.POST.get("action") == "dont_know":
        return {"text": SKIP}
    picked = [v for v in request.POST.getlist("choice") if v]
    if request.POST.get("kind") == "multi_choice" and picked:
        return {"value": picked}
    if picked:
        return {"value": picked[0]}
    return {"text": request.POST.get("text", "")}


@require_POST
def chat_answer(request: HttpRequest, token: str) -> HttpResponse:
    convo = chatstore.load(request, token)
    private(request)
    question_id = request.POST.get("question_id", "")
    state, plan = chatstore.state_of(convo), chatstore.plan_of(convo)
    try:
        if request.POST.get("action") == "back":
            state, _ = engine.back(state, plan)
        else:
            state, plan, _ = engine.answer(state, plan, question_id, **_answer_args(request))
    except (InvalidInput, Conflict) as refused:
        return _refused(request, convo, refused)
    chatstore.save(convo, state, plan)
    target = "web:chat-review" if state.finished else "web:chat-question"
    return HttpResponseRedirect(reverse(target, args=[convo.token]) + "#question")


def _refused(request: HttpRequest, convo: ChatConversation, refused: Exception) -> HttpResponse:
    if chatstore.state_of(convo).finished:  # e.g. a second click after the last answer
        return HttpResponseRedirect(reverse("web:chat-review", args=[convo.token]))
    message = getattr(refused, "message", str(refused))
    details = getattr(refused, "details", None)
    if isinstance(details, list) and details:
        message = details[0].get("message", message)
    context = _question_context(request, convo, error=message, typed=request.POST.get("text", ""))
    return render(request, "web/chat_question.html", context, status=422)


def chat_review(request: HttpRequest, token: str) -> HttpResponse:
    convo = chatstore.load(request, token)
    private(request)
    state, plan = chatstore.state_of(convo), chatstore.plan_of(convo)
    summary = engine.summary(state, plan)
    context = {
        "convo": convo,
        "state": state,
        "summary": summary,
        "skipped": _skipped(state, summary),
        "link": _link(request, convo),
        "choices": downloads.available(MY_PLAN_CHOICES),
    }
    return render(request, "web/chat_review.html", context)


def _skipped(state: engine.ConversationState, summary: engine.Summary) -> list[tuple[str, str]]:
    """(question id, question) for each "I don't know", in the summary's order."""
    ids = [k for k, record in state.answers.items() if record.status == "skipped"]
    return list(zip(ids, summary.skipped, strict=False))


@require_POST
def chat_change(request: HttpRequest, token: str) -> HttpResponse:
    """Go back to one question from the review page to change its answer."""
    convo = chatstore.load(request, token)
    state, plan = chatstore.state_of(convo), chatstore.plan_of(convo)
    try:
        state, _ = engine.back(state, plan, request.POST.get("question_id") or None)
    except Conflict:
        return HttpResponseRedirect(reverse("web:chat-review", args=[convo.token]))
    chatstore.save(convo, state, plan)
    return HttpResponseRedirect(reverse("web:chat-question", args=[convo.token]) + "#question")


@require_POST
def chat_confirm(request: HttpRequest, token: str) -> HttpResponse:
    convo = chatstore.load(request, token)
    private(request)
    state, plan = chatstore.state_of(convo), chatstore.plan_of(convo)
    if request.POST.get("checked") != "yes":
        context = {
            "convo": convo, "state": state, "summary": (summary := engine.summary(state, plan)),
            "skipped": _skipped(state, summary),
            "link": _link(request, convo), "choices": downloads.available(MY_PLAN_CHOICES),
            "error": "Tick the box to say you have checked your answers.",
        }  # fmt: skip
        return render(request, "web/chat_review.html", context, status=422)
    try:
        state, plan, _ = engine.confirm(state, plan)
    except Conflict:
        return HttpResponseRedirect(reverse("web:chat-question", args=[convo.token]))
    chatstore.save(convo, state, plan)
    chatstore.commit(convo, plan)
    return HttpResponseRedirect(reverse("web:chat-done", args=[convo.token]))


def chat_done(request: HttpRequest, token: str) -> HttpResponse:
    convo = chatstore.load(request, token)
    private(request)
    choices = downloads.available(MY_PLAN_CHOICES)
    context = {"convo": convo, "link": _link(request, convo), "choices": choices}
    return render(request, "web/chat_done.html", context)


def chat_download(request: HttpRequest, token: str) -> HttpResponse:
    """ "My plan" in the format the person picked, from their answers so far."""
    convo = chatstore.load(request, token)
    private(request)
    choice = request.GET.get("choice", "")
    plan = chatstore.plan_of(convo)
    response = downloads.my_plan(plan, choice)
    if response is None:
        return HttpResponseRedirect(reverse("web:chat-review", args=[convo.token]))
    detail = {"choice": choice, "via": "conversation"}
    audit_record(request.user, AuditAction.export, convo.record, detail=detail)
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """The security check failed (usually: the page was open so long its cookie expired).
    On the chat, show the question again with the typed answer kept, ready to send again."""
    token = (request.resolver_match.kwargs.get("token") if request.resolver_match else None) or ""
    convo = ChatConversation.objects.filter(token=token).first() if token else None
    owner_ok = convo is not None and convo.user_id in (None, request.user.pk)
    if convo is None or not owner_ok or request.method != "POST":
        return render(request, "403_csrf.html", status=403)
    context = _question_context(request, convo, typed=request.POST.get("text", ""), expired=True)
    return render(request, "web/chat_question.html", context, status=403)
