"""The conversation state machine: start, answer, back, summary, confirm. Pure: no Django.

Every function takes the state and the plan and returns new ones; the caller (the store) saves
both after every turn. An answer's facts are recorded in its ``AnswerRecord`` so that changing
the answer later undoes exactly those facts before the new ones are written (no duplicates, no
stale facts), and answers whose question no longer applies (say "no carer" after naming one)
are undone too.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Protocol

from service.conversation import conditions, paths
from service.conversation.extractors import EXTRACTORS, KEEP_WORDS, Context, Extraction, from_value
from service.conversation.flow import Flow, Question, Voice, load_flow
from service.conversation.state import (
    AcceptedFact,
    AnswerRecord,
    AnswerResult,
    Applied,
    Audience,
    ChoiceView,
    ConversationState,
    Progress,
    QuestionView,
    Reply,
    Summary,
    SummaryItem,
    SummarySection,
)
from service.conversation.understand_yesno import is_skip, not_known
from service.conversation.understood import describe
from service.errors import Conflict, InvalidInput, PlanInvalid
from service.plan import Plan, parse_plan

MAX_ANSWER = 5_000
# "I don't know" to these is asked once more (understand_yesno.not_known)
_ASKED_AGAIN = frozenset({"yes_no", "choice", "multi_choice", "date", "money", "number"})


class Proposer(Protocol):
    """Optional helper (an LLM) that proposes extra facts; see ``service.conversation.llm``."""

    def review(
        self, question: Question, text: str, data: dict[str, Any], facts: list[Applied]
    ) -> tuple[list[Applied], list[Applied]]: ...


# --- voice and wording ----------------------------------------------------------------------


def voice(state: ConversationState, data: dict[str, Any]) -> Voice:
    if state.easy_read:
        return "easy_read"
    own_plan = state.audience == "carer" and data.get("plan_type") == "carer_support"
    return "person" if state.audience == "person" or own_plan else "practitioner"


def _names(flow: Flow, state: ConversationState, data: dict[str, Any]) -> dict[str, str]:
    v = voice(state, data)
    person = data.get("person") or {}
    carers = data.get("carers") or []
    cared = data.get("cared_for") or {}
    assessed = (data.get("assessment") or {}).get("identified_needs") or []
    return {
        "name": person.get("preferred_name")
        or person.get("name")
        or flow.message("unknown_person", v),
        "carer": carers[0]["name"] if carers else flow.message("unknown_carer", v),
        "cared_for": cared.get("name") or flow.message("unknown_cared_for", v),
        "assessed_needs": "; ".join(n["description"] for n in assessed),
        "date": state.today.strftime("%-d %B %Y"),
    }


def _fill(text: str, names: dict[str, str]) -> str:
    for key, value in names.items():
        text = text.replace("{" + key + "}", value)
    return text


def view(flow: Flow, q: Question, state: ConversationState, data: dict[str, Any]) -> QuestionView:
    v, names = voice(state, data), _names(flow, state, data)
    record = state.answers.get(q.id)
    return QuestionView(
        id=q.id, section=q.section, section_title=flow.section_title(q.section, v), kind=q.kind,
        text=_fill(q.text.say(v), names), help=_fill(q.help.say(v), names), example=q.example,
        choices=[ChoiceView(value=c.value, text=c.text.say(v)) for c in q.choices], fills=q.fills,
        previous_answer=record.text if record else None,
    )  # fmt: skip


# --- which question next ----------------------------------------------------------------------


def _applies(q: Question, state: ConversationState, data: dict[str, Any]) -> bool:
    return conditions.holds(q.when, state, data)


def _prefilled(q: Question, state: ConversationState, data: dict[str, Any]) -> bool:
    known = q.known_paths
    return (
        q.id not in state.answers
        and bool(known)
        and not any(_answered(state, earlier) for earlier in q.asked_after)
        and all(paths.is_known(paths.get(data, p)) for p in known)
    )


def _answered(state: ConversationState, question_id: str) -> bool:
    record = state.answers.get(question_id)
    return record is not None and record.status == "answered"


def _next(flow: Flow, state: ConversationState, data: dict[str, Any]) -> Question | None:
    for q in flow.questions:
        if q.id in state.answers or not _applies(q, state, data):
            continue
        if _prefilled(q, state, data):
            if q.id not in state.prefilled:
                state.prefilled.append(q.id)
            continue
        return q
    return None


def progress(flow: Flow, state: ConversationState, data: dict[str, Any]) -> Progress:
    applicable = [q for q in flow.questions if _applies(q, state, data) or q.id in state.answers]
    done = [q for q in applicable if q.id in state.answers or q.id in state.prefilled]
    current = flow.question(state.current).section if state.current else None
    total = len(applicable) or 1
    return Progress(
        answered=len(done), total=total, percent=round(100 * len(done) / total), section=current
    )


def _ask(
    flow: Flow, state: ConversationState, data: dict[str, Any], messages: list[str]
) -> QuestionView | None:
    q = _next(flow, state, data) if state.consent is not False else None
    state.current = q.id if q else None
    if q is None:
        state.finished = True
        if state.consent is not False:
            messages.append(flow.message("finished", voice(state, data)))
        state.say("assistant", "\n\n".join(messages))
        return None
    shown = view(flow, q, state, data)
    if not state.history or state.history[-1] != q.id:
        state.history.append(q.id)
    state.say("assistant", "\n\n".join([*messages, shown.text]), q.id)
    return shown


# --- start ---------------------------------------------------------------------------------


def start(
    audience: Audience, plan: Plan, easy_read: bool = False, today: date | None = None,
    new_plan: bool | None = None,
) -> tuple[ConversationState, Reply]:  # fmt: skip
    flow = load_flow()
    data = plan.to_json()
    fresh = (
        new_plan
        if new_plan is not None
        else not paths.is_known((data.get("person") or {}).get("name"))
    )
    state = ConversationState(
        audience=audience, easy_read=easy_read, today=today or date.today(), new_plan=fresh
    )
    v = voice(state, data)
    messages = [_fill(flow.message("welcome", v), _names(flow, state, data))]
    state.prefilled = [
        q.id for q in flow.questions if _applies(q, state, data) and _prefilled(q, state, data)
    ]
    question = _ask(flow, state, data, messages)
    if state.prefilled:
        note = _prefilled_note(flow, state, data)
        messages.insert(1, note)
        state.transcript[-1].text = "\n\n".join(
            [*messages, question.text if question else ""]
        ).strip()
    return state, Reply(messages=messages, question=question, progress=progress(flow, state, data))


def _prefilled_note(flow: Flow, state: ConversationState, data: dict[str, Any]) -> str:
    v = voice(state, data)
    titles = dict.fromkeys(flow.section_title(flow.question(q).section, v) for q in state.prefilled)
    return flow.message("prefilled", v).replace("{sections}", ", ".join(titles).lower())


# --- answer --------------------------------------------------------------------------------


def _check(state: ConversationState, question_id: str, text: str | None, value: Any) -> None:
    if state.finished or state.current is None:
        raise Conflict(
            "This conversation has no question waiting: it is finished. Go back to change an answer."
        )
    if question_id != state.current:
        raise Conflict(
            f"The question waiting for an answer is '{state.current}', not '{question_id}'. "
            "Reload the conversation to see where it is.",
            {"current": state.current},
        )
    if value is None and (text is None or not text.strip()):
        raise InvalidInput(
            [{"path": "text", "message": "The answer is empty. Type an answer, or 'skip'."}]
        )
    if text is not None and len(text) > MAX_ANSWER:
        raise InvalidInput(
            [
                {
                    "path": "text",
                    "message": f"The answer is too long: please keep it under {MAX_ANSWER:,} characters, or split it into two answers.",
                }
            ]
        )


def answer(
    state: ConversationState, plan: Plan, question_id: str, text: str | None = None, value: Any = None,
    proposer: Proposer | None = None,
) -> tuple[ConversationState, Plan, AnswerResult]:  # fmt: skip
    """Take one answer to the current question; return the new state, plan and reply."""
    _check(state, question_id, text, value)
    flow, state, data = load_flow(), state.model_copy(deep=True), plan.to_json()
    q = flow.question(question_id)
    said = text.strip() if text is not None else str(value)
    turn = state.say("user", said, q.id)
    _undo_answer(state, data, q.id)  # a changed answer replaces the facts of the old one
    if text is not None and value is None and is_skip(text):
        if q.kind in _ASKED_AGAIN and not state.clarifying and not_known(text):
            # "I don't know" to a yes or no, a date, an amount, hours or a choice: asked once
            # more, with an example; "skip" then moves on
            return _clarify(flow, state, data, q, q.kind, asked="not_known")
        record = AnswerRecord(question_id=q.id, status="skipped", text=said, turn=turn)
        skipped = [flow.message("skipped", voice(state, data))]
        return _finish_turn(flow, state, data, q, record, [], [], skipped)
    ctx = Context(question=q, plan=data, today=state.today, state=state)
    extraction = (
        from_value(q, value, ctx) if value is not None else EXTRACTORS[q.extract](said, ctx)
    )
    if extraction.clarify and not state.clarifying:
        return _clarify(flow, state, data, q, extraction.clarify)
    rejected = _review(proposer, q, said, data, extraction) if text is not None else []
    if extraction.clarify:  # asked once already: keep the words, move on
        extraction.unplaced = said
    applied, data, validated = _apply_all(
        data, [*extraction.facts, *_unplaced(extraction)], turn, state.audience
    )
    record = AnswerRecord(question_id=q.id, status="answered", text=said, value=extraction.value,
                          turn=turn, applied=applied)  # fmt: skip
    messages = _after_answer(flow, state, data, q, extraction, applied)
    return _finish_turn(flow, state, data, q, record, applied, rejected, messages, validated)


def _review(
    proposer: Proposer | None, q: Question, said: str, data: dict[str, Any], extraction: Extraction
) -> list[Applied]:
    """Let the optional LLM add grounded facts to a free-text answer; return what it got wrong."""
    if proposer is None or q.kind not in ("free_text", "list"):
        return []
    before = len(extraction.facts)
    extraction.facts, rejected = proposer.review(q, said, data, extraction.facts)
    if len(extraction.facts) > before:
        extraction.unplaced = None  # the helper placed the words
    return rejected


def _after_answer(
    flow: Flow, state: ConversationState, data: dict[str, Any], q: Question, extraction: Extraction,
    applied: list[Applied],
) -> list[str]:  # fmt: skip
    """What to say before the next question (and, for consent, whether to go on at all)."""
    v = voice(state, data)
    if q.extract == "consent":
        state.consent = bool(extraction.value)
        if not state.consent:
            return [_fill(flow.message("no_consent", v), _names(flow, state, data))]
    return [flow.message("kept_words", v)] if extraction.unplaced and applied else []


def _unplaced(extraction: Extraction) -> list[Applied]:
    if not extraction.unplaced:
        return []
    return [
        Applied(
            op="append_text", path=KEEP_WORDS, value=extraction.unplaced, quote=extraction.unplaced
        )
    ]


def _clarify(
    flow: Flow, state: ConversationState, data: dict[str, Any], q: Question, key: str,
    asked: str = "clarify",
) -> tuple[ConversationState, Plan, AnswerResult]:  # fmt: skip
    """Ask the one follow-up: ``clarify`` when the answer was unclear, ``not_known`` after a
    plain "I don't know" (no "not understood" for an answer that was perfectly clear)."""
    v = voice(state, data)
    choices = ", ".join(c.text.say(v) for c in q.choices)
    ask = flow.message(f"{asked}.{key}", v).replace("{choices}", choices)
    state.clarifying = True
    state.say("assistant", ask, q.id)
    plan = parse_plan(data)
    shown = view(flow, q, state, data)
    return (
        state,
        plan,
        AnswerResult(
            messages=[ask], question=shown, progress=progress(flow, state, data), clarify=ask
        ),
    )


def _finish_turn(
    flow: Flow, state: ConversationState, data: dict[str, Any], q: Question, record: AnswerRecord,
    applied: list[Applied], rejected: list[Applied], messages: list[str], validated: Plan | None = None,
) -> tuple[ConversationState, Plan, AnswerResult]:  # fmt: skip
    state.answers[q.id] = record
    state.clarifying = False
    dropped = _drop_stale(flow, state, data)
    messages += _notices(flow, state, data)
    question = _ask(flow, state, data, messages)
    plan = validated if validated is not None and not dropped else parse_plan(data)
    accepted = [_accepted(data, a) for a in applied]
    result = AnswerResult(
        messages=messages, question=question, progress=progress(flow, state, data),
        accepted=accepted, rejected=[_accepted(data, r) for r in rejected],
        noted=describe(accepted, voice(state, data), data),
    )  # fmt: skip
    return state, plan, result


def _accepted(data: dict[str, Any], a: Applied) -> AcceptedFact:
    """The fact with the path it has in the plan now (``needs[2]`` for a new need)."""
    try:
        node, key, where = paths.concrete(data, a.path)
        if a.op in ("add_item", "add_value"):
            where = f"{where}[{node[key].index(a.value)}]"
    except (KeyError, IndexError, TypeError, ValueError):
        where = a.path
    return AcceptedFact(path=where, value=a.value, quote=a.quote)


_APPLY_ERRORS = (PlanInvalid, KeyError, IndexError, TypeError, ValueError)


def _apply_all(
    data: dict[str, Any], facts: list[Applied], turn: int, by: str
) -> tuple[list[Applied], dict[str, Any], Plan | None]:
    """Apply every fact; if the plan no longer validates, apply them one by one and drop those
    that break it (a fact the schema refuses is never written). The plan is JSON data, so a
    JSON snapshot restores it (much cheaper than ``copy.deepcopy`` on a large plan). The plan
    validated last is returned too (``None`` if nothing was validated), so it is parsed once."""
    if not facts:
        return [], data, None
    snapshot = json.dumps(data)
    try:
        applied = [paths.apply(data, f, turn, by) for f in facts]
        return applied, data, parse_plan(data)
    except _APPLY_ERRORS:
        data = json.loads(snapshot)
    applied, validated = [], None
    for fact in facts:
        before = json.dumps(data)
        try:
            done = paths.apply(data, fact, turn, by)
            checked = parse_plan(data)
        except _APPLY_ERRORS:
            data = json.loads(before)
            continue
        applied.append(done)
        validated = checked
    return applied, data, validated


def _undo_answer(state: ConversationState, data: dict[str, Any], question_id: str) -> None:
    record = state.answers.pop(question_id, None)
    if record is None:
        return
    for applied in reversed(record.applied):
        paths.undo(data, applied, record.turn)


def _drop_stale(flow: Flow, state: ConversationState, data: dict[str, Any]) -> bool:
    """Undo answers to questions that no longer apply, until nothing changes. True if any."""
    changed, dropped = True, False
    while changed:
        changed = False
        for q in flow.questions:
            if q.id in state.answers and not _applies(q, state, data):
                _undo_answer(state, data, q.id)
                changed = dropped = True
    return dropped


def _notices(flow: Flow, state: ConversationState, data: dict[str, Any]) -> list[str]:
    out = []
    for notice in flow.notices:
        if notice.id not in state.notices_shown and conditions.holds(notice.when, state, data):
            state.notices_shown.append(notice.id)
            out.append(_fill(notice.text.say(voice(state, data)), _names(flow, state, data)))
    return out


# --- back, summary, confirm -----------------------------------------------------------------


def back(
    state: ConversationState, plan: Plan, question_id: str | None = None
) -> tuple[ConversationState, Reply]:
    """Return to an earlier question (the one before, or ``question_id``) to change its answer.

    Nothing is undone yet: the earlier answer's facts are replaced when the new answer comes.
    """
    flow, state, data = load_flow(), state.model_copy(deep=True), plan.to_json()
    target = question_id or _previous(state)
    if target is None:
        raise Conflict("There is no earlier question to go back to.")
    q = flow.question(target) if any(x.id == target for x in flow.questions) else None
    if q is None or not (_applies(q, state, data) or target in state.answers):
        raise Conflict(f"The question '{target}' is not part of this conversation now.")
    state.current, state.finished, state.clarifying, state.confirmed = target, False, False, False
    shown = view(flow, q, state, data)
    state.say("assistant", shown.text, q.id)
    return state, Reply(messages=[], question=shown, progress=progress(flow, state, data))


def _previous(state: ConversationState) -> str | None:
    asked = [h for h in state.history if h in state.answers or h == state.current]
    if state.current in asked:
        index = asked.index(state.current)
        return asked[index - 1] if index > 0 else None
    return asked[-1] if asked else None


def summary(state: ConversationState, plan: Plan) -> Summary:
    flow, data = load_flow(), plan.to_json()
    v, names = voice(state, data), _names(flow, state, data)
    sections = []
    for section in flow.sections:
        items = [
            _summary_item(q, state, data, v, names)
            for q in flow.questions
            if q.section == section.id
            and q.id in state.answers
            and state.answers[q.id].status == "answered"
        ]
        if items:
            sections.append(SummarySection(id=section.id, title=section.title.say(v), items=items))
    skipped = [
        _fill(flow.question(k).text.say(v), names)
        for k, r in state.answers.items()
        if r.status == "skipped"
    ]
    prefilled = [_fill(flow.question(k).text.say(v), names) for k in state.prefilled]
    return Summary(title=flow.message("summary.title", v), sections=sections, skipped=skipped,
                   prefilled=prefilled, finished=state.finished, confirmed=state.confirmed)  # fmt: skip


def _summary_item(
    q: Question, state: ConversationState, data: dict[str, Any], v: Voice, names: dict[str, str]
) -> SummaryItem:
    facts = [_accepted(data, a) for a in state.answers[q.id].applied]
    return SummaryItem(question_id=q.id, question=_fill(q.text.say(v), names),
                       answer=state.answers[q.id].text, facts=facts, noted=describe(facts, v, data))  # fmt: skip


def last_answered(state: ConversationState, plan: Plan) -> SummaryItem | None:
    """The latest answer other than the question now asked, with what was noted from it."""
    done = [
        r
        for r in state.answers.values()
        if r.status == "answered" and r.question_id != state.current
    ]
    if not done:
        return None
    latest, data = max(done, key=lambda r: r.turn), plan.to_json()
    flow = load_flow()
    v = voice(state, data)
    return _summary_item(
        flow.question(latest.question_id), state, data, v, _names(flow, state, data)
    )


def confirm(state: ConversationState, plan: Plan) -> tuple[ConversationState, Plan, Reply]:
    """The person has checked the summary: record that in the plan's agreement steps."""
    if not state.finished or state.consent is not True:
        raise Conflict("The conversation can be confirmed only when every question is done.")
    flow, state, data = load_flow(), state.model_copy(deep=True), plan.to_json()
    if not state.confirmed:
        step = _fill(flow.message("confirm_step", "person"), _names(flow, state, data))
        turn = state.say("user", "confirm")
        fact = Applied(
            op="add_value", path="involvement.agreement.steps_taken", value=step, quote="confirm"
        )
        data = _apply_all(data, [fact], turn, state.audience)[1]
        state.confirmed = True
    message = flow.message("confirmed", voice(state, data))
    state.say("assistant", message)
    return (
        state,
        parse_plan(data),
        Reply(messages=[message], question=None, progress=progress(flow, state, data)),
    )
