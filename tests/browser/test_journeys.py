"""The three journeys in a real chromium against a live server, a keyboard-only run, a 320px
run, and axe-core (WCAG 2.0/2.1/2.2 A and AA) with zero violations on every page visited.
Screenshots of the main pages (desktop and 320px) go to artifacts/screenshots/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from service.demo import load_demo_plan
from service.store import services
from service.store.models import PlanRecord
from tests.browser.helpers import enter_and_wait, make_user, named, sign_in, tab_to

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
IMPORT_FIXTURE = (
    Path(__file__).resolve().parents[1] / "importer" / "fixtures" / "a_grid_tables.docx"
)


def test_person_journey_keyboard_only_with_javascript_off(browser_session: Any, site: str) -> None:
    """Welcome -> answers -> review -> agree -> download, by keyboard alone and with JavaScript
    off (the core path must not need it). A JavaScript-enabled twin page runs axe on each page."""
    check = browser_session
    context, twin_context = check.context(javascript=False), check.context()
    page, twin = context.new_page(), twin_context.new_page()

    def audit(name: str, shot: bool = False) -> None:
        twin.goto(page.url)
        check.axe(twin, name)
        if shot:
            check.shot(twin, name)

    page.goto(site + "/")
    audit("home", shot=True)
    first = tab_to(page, lambda a: True)
    assert first["text"] == "Skip to main content"  # the first stop is the skip link
    tab_to(page, named("Start my plan"))
    enter_and_wait(page)
    audit("chat-start", shot=True)
    tab_to(page, named("Start a new plan"))
    enter_and_wait(page)
    assert page.locator("[role=log]").count() == 1
    audit("chat-question", shot=True)
    _type_answer(page, "Yes please")
    tab_to(page, named("Send my answer"))  # nothing typed: the error is announced and linked
    enter_and_wait(page)
    assert page.locator("[role=alert] a[href='#answer']").count() == 1
    _empty_answer_on(twin)
    check.axe(twin, "chat-error")
    check.shot(twin, "chat-error")
    _type_answer(page, "Jo Bloggs")
    for _ in range(80):
        if "/review/" in page.url:
            break
        tab_to(page, named("I don't know"))
        enter_and_wait(page)
    audit("chat-review", shot=True)
    tab_to(page, named("Agree my plan"))  # not ticked yet: refused and explained
    enter_and_wait(page)
    assert page.locator("[role=alert]").count() == 1
    tab_to(page, lambda a: a["id"] == "checked")
    page.keyboard.press("Space")
    tab_to(page, named("Agree my plan"))
    enter_and_wait(page)
    assert "/done/" in page.url
    audit("chat-done", shot=True)
    tab_to(page, lambda a: a["value"] == "my-plan-html")
    page.keyboard.press("ArrowDown")  # radios move with the arrow keys
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.value") == "my-plan-txt"
    with page.expect_download() as info:
        tab_to(page, named("Download"))
        page.keyboard.press("Enter")
    assert "Jo Bloggs" in Path(info.value.path()).read_text(encoding="utf-8")
    assert PlanRecord.objects.get().person_name == "Jo Bloggs"
    context.close()
    twin_context.close()


def _type_answer(page: Any, text: str) -> None:
    tab_to(page, lambda a: a["id"] == "answer")
    page.keyboard.type(text)
    tab_to(page, named("Send my answer"))
    enter_and_wait(page)


def _empty_answer_on(twin: Any) -> None:
    """The error state, reproduced on the twin (a refused answer changes nothing)."""
    with twin.expect_navigation():
        twin.get_by_role("button", name="Send my answer").click()


def _staff_world() -> PlanRecord:
    practitioner = make_user("priya", "practitioner")
    make_user("mona", "manager")
    return services.plan_create(
        plan=load_demo_plan("yvonne-and-john"), actor=None, practitioner=practitioner
    )


def test_practitioner_fixes_a_must_failure_and_signs_off(browser_session: Any, site: str) -> None:
    check = browser_session
    record = _staff_world()
    context = check.context()
    page = context.new_page()
    page.goto(site + "/accounts/login/")
    check.axe(page, "login")
    check.shot(page, "login")
    sign_in(page, site, "priya")
    page.goto(site + "/plans/")
    page.get_by_label("Name or reference").fill("LCC-AC-0433910")
    page.get_by_role("button", name="Show plans").click()
    page.wait_for_url("**q=LCC*")
    check.axe(page, "plan-list")
    check.shot(page, "plan-list")
    page.get_by_role("link", name="Yvonne Clarke").click()
    page.wait_for_url(f"**/plans/{record.public_id}/")
    check.axe(page, "plan-detail")
    check.shot(page, "plan-detail")
    must = page.locator(".level-must")
    assert "CA-43" in must.inner_text()
    must.get_by_role("link", name="Go to direct_payment.reviews").click()
    assert page.url.endswith("#at-direct_payment-reviews")
    page.get_by_role("button", name="Change status").click()  # still blocked: reasons shown
    assert "cannot be signed off yet" in page.locator("[role=alert]").inner_text()
    check.axe(page, "sign-off-blocked")
    page.get_by_role("link", name="Edit direct payment").click()
    page.wait_for_url("**/edit/direct_payment/")
    check.axe(page, "section-edit")
    check.shot(page, "section-edit")
    review = page.get_by_role("group", name="Add a direct payment review")
    review.get_by_label("Date", exact=True).fill("2027-04-26")  # a date input, not JSON
    page.get_by_role("button", name="Save direct payment").click()
    assert "Every legal requirement is met" in page.locator("#sign-off").inner_text()
    page.get_by_label("Change the status to").select_option("signed_off")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url("**#sign-off")
    record.refresh_from_db()
    assert record.status == "signed_off"
    page.get_by_role("link", name="Revision history").click()
    page.wait_for_url("**/history/")
    assert "direct_payment.reviews" in page.locator("main").inner_text()
    check.axe(page, "history")
    with page.expect_download() as info:
        page.goto(f"{site}/plans/{record.public_id}/")
        page.get_by_role("link", name="Download council DOCX").click()
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"
    context.close()
    manager = check.context()
    page = manager.new_page()
    sign_in(page, site, "mona")
    page.goto(f"{site}/plans/{record.public_id}/audit/")
    assert "priya" in page.locator("table").inner_text()
    check.axe(page, "audit")
    manager.close()


def test_advocate_uploads_and_downloads_easy_read(browser_session: Any, site: str) -> None:
    check = browser_session
    make_user("ada", "advocate")
    context = check.context()
    page = context.new_page()
    sign_in(page, site, "ada")
    page.goto(site + "/easy-read/")
    check.axe(page, "desk")
    check.shot(page, "desk")
    page.get_by_label("Council plan (Word .docx or text .txt)").set_input_files(IMPORT_FIXTURE)
    page.get_by_role("button", name="Upload and read the plan").click()
    expect(page.locator("aside")).to_have_count(1)
    check.axe(page, "desk-draft")
    check.shot(page, "desk-draft")
    page.get_by_role("link", name="Edit person", exact=True).click()
    page.locator("[name='f:person.preferred_name']").fill("Sam")
    page.get_by_role("button", name="Save person").click()
    page.get_by_role("link", name="Preview the easy-read version").first.click()
    page.wait_for_url("**/preview/")
    assert page.locator("h1").count() >= 1
    page.go_back()
    page.wait_for_url(re.compile(r"/easy-read/\d+/(#.*)?$"))
    page.get_by_label("Word document (.docx)").check()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download easy read").click()
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"
    context.close()


NARROW_PAGES = ("/", "/chat/", "/accounts/login/", "/no-such-page/")


def test_narrow_320px_reflow_switches_and_errors(browser_session: Any, site: str) -> None:
    check = browser_session
    record = _staff_world()
    context = check.context(width=320)
    page = context.new_page()
    for path in NARROW_PAGES:
        page.goto(site + path)
        _fits(page)
        check.axe(page, f"narrow {path}")
    page.goto(site + "/")
    check.shot(page, "home")
    for switch in ("Larger text: off", "Easy read: off"):
        with page.expect_navigation():
            page.get_by_role("button", name=switch).click()
    expect(page.locator("body.large-text.easy-read")).to_have_count(1)
    _fits(page)
    check.axe(page, "home large text easy read")
    check.shot(page, "home-large-easy-read")
    page.get_by_role("link", name="Start my plan").click()
    page.get_by_role("button", name="Start a new plan").click()
    page.wait_for_url("**/chat/c/**")
    _fits(page)
    check.axe(page, "narrow chat question")
    check.shot(page, "chat-question")
    page.goto(site + "/accounts/login/")
    page.get_by_label("User name").fill("priya")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("[role=alert]")).to_have_count(1)
    check.axe(page, "narrow login error")
    sign_in(page, site, "priya")
    for path, name in (("/plans/", "plan-list"), (f"/plans/{record.public_id}/", "plan-detail"),
                       (f"/plans/{record.public_id}/edit/person/", "section-edit"),
                       (f"/plans/{record.public_id}/edit/needs/", "section-edit-needs")):  # fmt: skip
        page.goto(site + path)
        _fits(page)
        check.axe(page, f"narrow {name}")
        check.shot(page, name)
    _error_states(check, context, page, site, record)
    context.close()


def _error_states(check: Any, context: Any, page: Any, site: str, record: PlanRecord) -> None:
    """A refused value, a stale form and a page outside the role are accessible too."""
    edit = f"{site}/plans/{record.public_id}/edit/person/"
    other = context.new_page()
    other.goto(edit)  # a second tab, still on revision 1
    page.goto(edit)
    page.locator("[name='f:person.nhs_number']").fill("123")  # dates are date inputs now
    page.get_by_role("button", name="Save person").click()
    expect(page.locator("[role=alert] a[href^='#f-']").first).to_be_visible()
    _fits(page)
    check.axe(page, "narrow section-edit invalid")
    page.goto(edit)
    page.locator("[name='f:person.preferred_name']").fill("Vonnie")
    page.get_by_role("button", name="Save person").click()
    page.wait_for_url("**#at-person")
    other.locator("[name='f:person.phone']").fill("01632 960999")
    other.get_by_role("button", name="Save person").click()
    assert "Someone else changed this plan" in other.locator("[role=alert]").inner_text()
    _fits(other)
    check.axe(other, "narrow stale form")
    check.shot(other, "stale-form")
    page.goto(site + "/audit/")
    check.axe(page, "narrow forbidden")


def _fits(page: Any) -> None:
    """Reflow (WCAG 1.4.10): nothing scrolls sideways at 320px except inside data tables."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 320, f"{page.url} is {width}px wide at a 320px viewport"
