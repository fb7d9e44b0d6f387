"""The practitioner's workspace: list with search, filter and sort; findings grouped by level
with citations and links to the part at fault; section edits as revisions; stale forms; history
with a readable diff; sign-off blocked by MUST failures; every export, audited."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from django.test import Client

from service.demo import load_demo_plan
from service.documents import available_formats, format_info
from service.store import documents as store_documents
from service.store import services
from service.store.models import AuditEvent
from service.store.selectors import plan_current
from service.web.plantree import anchor


@pytest.fixture
def prac(world: Any) -> Client:
    client = Client()
    client.force_login(world.practitioner)
    return client


def _url(world: Any, tail: str = "") -> str:
    return f"/plans/{world.plan.public_id}/{tail}"


def test_list_searches_filters_and_sorts(prac: Client, world: Any) -> None:
    second = load_demo_plan("miss-s").model_copy(deep=True)
    second.review.first_review_on = date(2020, 1, 1)
    services.plan_create(plan=second, actor=world.practitioner)
    html = prac.get("/plans/", {"order": "review"}).content.decode()
    names = re.findall(r'<th scope="row"><a href="/plans/[^"]+/">([^<]+)</a>', html)
    assert len(names) == 2 and names[0] != "Yvonne Clarke"  # the 2020 review comes first
    found = prac.get("/plans/", {"q": "LCC-AC-0433910"}).content.decode()
    assert "Yvonne Clarke" in found and "1 plan found" in found
    assert "0 plans found" in prac.get("/plans/", {"status": "signed_off"}).content.decode()
    assert "2 plans found" in prac.get("/plans/", {"status": "draft"}).content.decode()


def test_findings_grouped_with_citations_and_anchors(prac: Client, world: Any) -> None:
    html = prac.get(_url(world)).content.decode()
    must = html.index('id="level-must"')
    should = html.index('id="level-should"')
    good = html.index('id="level-good"')
    assert must < should < good
    assert "CA-43" in html[must:should]  # the demo plan's deliberate MUST gap
    assert re.search(r'Source: <a href="https://[^"]+"', html)
    target = anchor("direct_payment.reviews")
    assert f'href="#{target}"' in html and f'id="{target}"' in html


def test_every_finding_link_has_a_target(prac: Client, world: Any) -> None:
    html = prac.get(_url(world)).content.decode()
    ids = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#(at-[^"]+)"', html))
    assert targets and targets <= ids


def test_edit_a_section_saves_a_revision(prac: Client, world: Any) -> None:
    form = prac.get(_url(world, "edit/person/")).content.decode()
    assert 'name="f:person.name"' in form and 'name="base_revision" value="1"' in form
    response = prac.post(
        _url(world, "edit/person/"),
        {"base_revision": "1", "f:person.preferred_name": "Vonnie", "reason": "She asked"},
    )
    assert response.status_code == 302 and response["Location"].endswith("#at-person")
    world.plan.refresh_from_db()
    assert world.plan.revision == 2
    assert plan_current(world.plan).person.preferred_name == "Vonnie"
    history = prac.get(_url(world, "history/")).content.decode()
    assert "person.preferred_name" in history and "Vonnie" in history and "She asked" in history


def test_stale_form_says_someone_else_changed_it_and_shows_the_diff(
    prac: Client, world: Any
) -> None:
    other = Client()
    other.force_login(world.manager)
    other.post(
        _url(world, "edit/person/"), {"base_revision": "1", "f:person.phone": "01632 960999"}
    )
    unchanged = {"f:person.name": "Yvonne Clarke", "f:person.phone": "01632 960347"}
    response = prac.post(
        _url(world, "edit/person/"),
        {"base_revision": "1", "f:person.preferred_name": "Vonnie", **unchanged},
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "Someone else changed this plan" in html and 'role="alert"' in html
    assert "person.phone" in html and "01632 960999" in html  # their change, readable
    assert "Vonnie" in html  # ours, not lost
    yours = html[html.index("Your changes (not saved)") :]
    yours = yours[: yours.index("</dl>")]
    assert "<dt>Preferred name</dt>" in yours  # only what we changed, not what we left alone
    assert "<dt>Name</dt>" not in yours and "<dt>Phone</dt>" not in yours
    assert plan_current(world.plan).person.preferred_name == "Yvonne"


def test_invalid_value_is_refused_and_linked_to_its_field(prac: Client, world: Any) -> None:
    response = prac.post(
        _url(world, "edit/direct_payment/"),
        {"base_revision": "1", "f:direct_payment.reviews[+]": "[{not json"},
    )
    html = response.content.decode()
    assert response.status_code == 422 and 'role="alert"' in html
    assert f'href="#f-{anchor("direct_payment.reviews[+]")}"' in html
    assert "[{not json" in html  # what was typed is shown again


def test_sign_off_blocked_by_must_failures_then_allowed_once_fixed(
    prac: Client, world: Any
) -> None:
    blocked = prac.post(_url(world, "status/"), {"status": "signed_off", "base_revision": "1"})
    html = blocked.content.decode()
    assert blocked.status_code == 409 and "cannot be signed off yet" in html and "CA-43" in html
    fix = prac.post(
        _url(world, "edit/direct_payment/"),
        {"base_revision": "1", "f:direct_payment.reviews[+]": '[{"date": "2027-04-26"}]'},
    )
    assert fix.status_code == 302
    page = prac.get(_url(world)).content.decode()
    assert "Every legal requirement is met" in page
    done = prac.post(_url(world, "status/"), {"status": "signed_off", "base_revision": "2"})
    assert done.status_code == 302
    world.plan.refresh_from_db()
    assert world.plan.status == "signed_off"


def test_only_the_allocated_practitioner_or_a_manager_signs_off(world: Any) -> None:
    carer = Client()
    carer.force_login(world.carer)
    assert "Only the allocated practitioner" in carer.get(_url(world)).content.decode()
    response = carer.post(_url(world, "status/"), {"status": "draft", "base_revision": "1"})
    assert response.status_code == 403


def test_every_format_and_variant_exports_and_is_audited(
    prac: Client, world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every (format, variant) the registry offers is linked, reaches the renderer with this
    plan's revision (and the council variant the findings), comes back as a download and is audited. (What each document
    contains is the documents suite's job; rendering all ~30 for real here would take 20 s.)"""
    asked: list[tuple[str, str, int | None, int]] = []

    def fake_render(
        plan: Any, fmt: str, variant: str, findings: Any, *, revision: Any, generated_at: Any
    ) -> bytes:
        asked.append((fmt, variant, revision, -1 if findings is None else len(list(findings))))
        return f"{plan.person.name} {fmt} {variant}".encode()

    monkeypatch.setattr(store_documents, "render", fake_render)
    html = prac.get(_url(world)).content.decode()
    links = re.findall(r'href="(/plans/[^"]+/export/([^/]+)/([^/]+)/)"', html)
    expected = {
        (row["format"], v)
        for row in available_formats()
        if row["available"]
        for v in row["variants"]
    }
    assert {(f, v) for _, f, v in links} == expected and len(expected) >= 20
    for url, fmt, variant in links:
        response = prac.get(url)
        assert response.status_code == 200, url
        assert response.content == f"Yvonne Clarke {fmt} {variant}".encode()
        assert "attachment" in response["Content-Disposition"]
        assert response["Content-Type"] == format_info(fmt).media_type
    # The revision is passed on; the council variant gets the findings (its cover page), the others
    # none, as the API does, so both serve the same cached bytes.
    assert all(rev == 1 for _, _, rev, _ in asked)
    assert all((n > 0) if v == "council" else n == -1 for _, v, _, n in asked)
    exports = AuditEvent.objects.filter(plan=world.plan, action="export")
    assert exports.count() == len(links)


def test_a_real_export_is_the_document(prac: Client, world: Any) -> None:
    response = prac.get(_url(world, "export/docx/council/"))
    assert response.status_code == 200 and response.content[:2] == b"PK"
    assert 'filename="care-plan-yvonne-clarke-r1.docx"' in response["Content-Disposition"]


def test_unknown_export_and_section_are_404(prac: Client, world: Any) -> None:
    assert prac.get(_url(world, "export/exe/council/")).status_code == 404
    assert prac.get(_url(world, "export/pdf/nope/")).status_code == 404
    assert prac.get(_url(world, "edit/provenance/")).status_code == 404
    assert prac.get(_url(world, "edit/nothing/")).status_code == 404


def test_page_views_are_audited(prac: Client, world: Any) -> None:
    before = AuditEvent.objects.filter(plan=world.plan, action="read").count()
    prac.get(_url(world))
    prac.get(_url(world, "history/"))
    assert AuditEvent.objects.filter(plan=world.plan, action="read").count() == before + 2


def test_manager_reads_the_audit_trail(world: Any, prac: Client) -> None:
    prac.get(_url(world))
    manager = Client()
    manager.force_login(world.manager)
    html = manager.get(_url(world, "audit/")).content.decode()
    assert "priya" in html and "Read" in html
    assert "priya" in manager.get("/audit/").content.decode()
    assert prac.get(_url(world, "audit/")).status_code == 403
    assert prac.get("/audit/").status_code == 403


def test_history_shows_the_newest_changes_a_page_at_a_time(
    prac: Client, world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A conversation saves a revision after every answer; each change shown costs a diff.
    monkeypatch.setattr("service.web.views.plans.HISTORY_PAGE_SIZE", 2)
    for n in range(1, 5):
        services.plan_patch(
            plan_id=world.plan.public_id,
            patch={"person": {"preferred_name": f"Name{n}"}},
            base_revision=n,
            actor=world.practitioner,
        )
    first = prac.get(_url(world, "history/")).content.decode()
    older = prac.get(_url(world, "history/"), {"page": "3"}).content.decode()
    assert re.findall(r"<h2>Revision (\d+)</h2>", first) == ["5", "4"]
    assert "Name4" in first and "Name1" not in first and 'rel="next"' in first
    assert re.findall(r"<h2>Revision (\d+)</h2>", older) == ["1"]
    assert "The plan was created." in older and 'rel="prev"' in older
    # Nonsense page numbers show a real page, never an error.
    assert prac.get(_url(world, "history/"), {"page": "x"}).status_code == 200
