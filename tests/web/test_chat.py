"""The person's conversation with JavaScript off: one question per screen, "I don't know" and
"Go back" as real buttons, errors announced and linked, answers never lost, review and confirm
before agreeing, and "my plan" downloaded in the chosen format."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

from service.store.models import AuditEvent, PlanRecord, Revision
from service.web.models import ChatConversation


def _start(client: Client, audience: str = "person") -> str:
    response = client.post("/chat/new/", {"audience": audience})
    assert response.status_code == 302
    return str(response["Location"])


def _question_id(html: str) -> str:
    found = re.search(r'name="question_id" value="([^"]+)"', html)
    assert found, html[:2000]
    return found.group(1)


def _answer(client: Client, url: str, text: str, action: str = "answer") -> Any:
    qid = _question_id(client.get(url).content.decode())
    return client.post(url + "answer/", {"question_id": qid, "text": text, "action": action})


def _finish(client: Client, url: str) -> None:
    """Consent yes, a name, then "I don't know" to the rest."""
    _answer(client, url, "Yes, that's fine")
    _answer(client, url, "Jo Bloggs")
    for _ in range(80):
        page = client.get(url).content.decode()
        if 'name="question_id"' not in page:
            return
        _answer(client, url, "", action="dont_know")
    raise AssertionError("the conversation never finished")


def test_one_question_per_screen_with_help_example_and_buttons(client: Client, db: Any) -> None:
    url = _start(client)
    html = client.get(url).content.decode()
    assert html.count('name="question_id"') == 1
    assert 'id="answer-help"' in html and 'id="answer-example"' in html
    for action in ("answer", "dont_know", "back"):
        assert f'name="action" value="{action}"' in html
    assert 'role="log"' in html and "questions answered" in html
    assert "<script" not in html


def test_answers_save_every_turn_and_the_link_resumes(client: Client, db: Any) -> None:
    url = _start(client)
    _answer(client, url, "Yes, that's fine")
    _answer(client, url, "Jo Bloggs")
    convo = ChatConversation.objects.get()
    assert convo.plan["person"]["name"] == "Jo Bloggs"
    fresh = Client()  # another device, no session: the private link is enough
    html = fresh.get(url).content.decode()
    assert "Jo Bloggs" in html  # in the transcript
    assert "2 of" in html


def test_dont_know_and_go_back(client: Client, db: Any) -> None:
    url = _start(client)
    _answer(client, url, "Yes, that's fine")
    first = _question_id(client.get(url).content.decode())
    _answer(client, url, "", action="dont_know")
    assert _question_id(client.get(url).content.decode()) != first
    response = _answer(client, url, "", action="back")
    assert response.status_code == 302
    assert _question_id(client.get(url).content.decode()) == first


def test_empty_answer_is_announced_linked_and_nothing_is_lost(client: Client, db: Any) -> None:
    url = _start(client)
    response = _answer(client, url, "   ")
    html = response.content.decode()
    assert response.status_code == 422
    assert 'role="alert"' in html and 'href="#answer"' in html
    assert 'aria-invalid="true"' in html and "answer-error" in html


def test_expired_page_keeps_the_typed_answer(db: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    url = _start_with_csrf(client)
    qid = _question_id(client.get(url).content.decode())
    client.cookies.clear()  # the session and its CSRF cookie have gone
    typed = "I would like help with cooking on weekdays"
    response = client.post(url + "answer/", {"question_id": qid, "text": typed})
    html = response.content.decode()
    assert response.status_code == 403
    assert typed in html and 'role="status"' in html
    assert 'name="csrfmiddlewaretoken"' in html  # a fresh token: sending again works
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    again = client.post(
        url + "answer/", {"question_id": qid, "text": "Yes", "csrfmiddlewaretoken": token}
    )
    assert again.status_code == 302


def _start_with_csrf(client: Client) -> str:
    html = client.get("/chat/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    response = client.post("/chat/new/", {"audience": "person", "csrfmiddlewaretoken": token})
    return str(response["Location"])


def test_review_confirm_and_download(client: Client, db: Any) -> None:
    url = _start(client)
    _finish(client, url)
    review = client.get(url + "review/").content.decode()
    assert "Jo Bloggs" in review and "Agree my plan" in review
    refused = client.post(url + "confirm/", {})
    assert refused.status_code == 422 and 'role="alert"' in refused.content.decode()
    assert not PlanRecord.objects.exists()  # nothing agreed without the tick
    done = client.post(url + "confirm/", {"checked": "yes"})
    assert done.status_code == 302 and done["Location"].endswith("/done/")
    record = PlanRecord.objects.get()
    assert record.person_name == "Jo Bloggs"
    assert Revision.objects.get(plan=record).source == "conversation"
    download = client.get(url + "download/", {"choice": "my-plan-txt"})
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    assert b"Jo Bloggs" in download.content
    assert AuditEvent.objects.filter(plan=record, action="export").exists()


def test_change_from_review_goes_to_that_question(client: Client, db: Any) -> None:
    url = _start(client)
    _finish(client, url)
    convo = ChatConversation.objects.get()
    name_q = next(k for k, v in convo.state["answers"].items() if v.get("text") == "Jo Bloggs")
    client.post(url + "change/", {"question_id": name_q})
    assert _question_id(client.get(url).content.decode()) == name_q


def test_account_conversation_is_private_to_the_account(client: Client, world: Any) -> None:
    client.force_login(world.person)
    url = _start(client)
    assert client.get("/chat/").content.decode().count(url) >= 1  # resume from the account
    other = Client()
    other.force_login(world.outsider)
    assert other.get(url).status_code == 404
    assert Client().get(url).status_code == 404


def test_unknown_link_is_404(client: Client, db: Any) -> None:
    assert client.get("/chat/c/not-a-real-token/").status_code == 404


def test_easy_read_switch_changes_the_wording_mid_conversation(client: Client, db: Any) -> None:
    url = _start(client)
    standard = client.get(url).content.decode()
    client.post("/display/", {"toggle": "easy_read", "next": url})
    easy = client.get(url).content.decode()
    question = re.compile(r'class="question-text">([^<]+)<')
    assert question.search(standard).group(1) != question.search(easy).group(1)  # type: ignore[union-attr]
    assert ChatConversation.objects.get().state["easy_read"] is True


def test_agreed_plan_pages_are_audited(client: Client, db: Any) -> None:
    url = _start(client)
    _finish(client, url)
    client.post(url + "confirm/", {"checked": "yes"})
    record = PlanRecord.objects.get()
    before = AuditEvent.objects.filter(plan=record, action="read").count()
    client.get(url + "done/")
    assert AuditEvent.objects.filter(plan=record, action="read").count() == before + 1


def test_choices_are_radios_or_checkboxes_and_their_values_are_kept(
    client: Client, db: Any
) -> None:
    url = _start(client)
    _answer(client, url, "Yes")
    _answer(client, url, "Jo Bloggs")
    for _ in range(40):
        html = client.get(url).content.decode()
        if 'type="checkbox" name="choice"' in html:
            break
        _answer(client, url, "", action="dont_know")
    else:
        raise AssertionError("no multiple-choice question was asked")
    assert "<fieldset" in html and "<legend" in html
    qid = _question_id(html)
    picked = re.findall(r'name="choice" id="[^"]+" value="([^"]+)"', html)[:2]
    client.post(
        url + "answer/",
        {"question_id": qid, "kind": "multi_choice", "choice": picked, "action": "answer"},
    )
    answer = ChatConversation.objects.get().state["answers"][qid]
    assert answer["status"] == "answered" and sorted(answer["value"]) == sorted(picked)


def test_an_answer_sent_twice_after_the_last_question_goes_to_the_review(
    client: Client, db: Any
) -> None:
    url = _start(client)
    _finish(client, url)
    again = client.post(url + "answer/", {"question_id": "consent", "text": "Yes"})
    assert again.status_code == 302 and again["Location"].endswith("/review/")


def test_questions_not_known_yet_can_be_answered_from_the_review(client: Client, db: Any) -> None:
    url = _start(client)
    _finish(client, url)
    review = client.get(url + "review/").content.decode()
    skipped = re.findall(
        r'name="question_id" value="([^"]+)">\s*<button[^>]*aria-label="Answer now', review
    )
    assert len(skipped) >= 10
    client.post(url + "change/", {"question_id": skipped[3]})
    assert _question_id(client.get(url).content.decode()) == skipped[3]


def _noted_panel(html: str) -> str:
    found = re.search(r'<section class="panel noted".*?</section>', html, re.S)
    return found.group(0) if found else ""


def test_the_next_page_says_what_was_noted_and_a_wrong_fact_can_be_changed(
    client: Client, db: Any
) -> None:
    url = _start(client)
    _answer(client, url, "Yes, that's fine")
    assert _noted_panel(client.get(url).content.decode()) == ""  # consent writes no fact
    _answer(client, url, "Jo Bloggs, but call me Jojo")
    panel = _noted_panel(client.get(url).content.decode())
    assert "Your name: Jo Bloggs" in panel and "We will call you: Jojo" in panel
    change = re.search(r'name="question_id" value="([^"]+)"', panel)
    assert change and change.group(1) == "name"
    response = client.post(url + "change/", {"question_id": "name"})
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert _question_id(page) == "name"
    assert "Jo Bloggs, but call me Jojo</textarea>" in page  # the old answer to correct


def test_an_answer_that_is_not_known_yet_notes_nothing(client: Client, db: Any) -> None:
    url = _start(client)
    _answer(client, url, "Yes, that's fine")
    _answer(client, url, "", action="dont_know")
    assert _noted_panel(client.get(url).content.decode()) == ""


def test_the_review_shows_what_each_answer_noted(client: Client, db: Any) -> None:
    url = _start(client)
    _finish(client, url)
    review = client.get(url + "review/").content.decode()
    assert "We noted:" in review and "<li>Your name: Jo Bloggs</li>" in review
