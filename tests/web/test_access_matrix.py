"""Who can see and change a plan, over the pages and the API. Someone who cannot see a plan
gets 404 everywhere, exactly as for a plan that does not exist, so plans cannot be discovered."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client

from service.store import services
from service.store.models import AuditEvent
from tests.web.conftest import make_user

SEE = ("person", "carer", "advocate", "practitioner", "manager")
UNSEEN = ("other_practitioner", "outsider")
STATUS = {"practitioner", "manager"}  # the allocated practitioner and managers only
READ_PAGES = ("", "history/", "edit/person/", "export/html/council/", "export/txt/my-plan/")


def _client(world: Any, role: str) -> Client:
    client = Client()
    client.force_login(getattr(world, role))
    return client


@pytest.mark.parametrize("role", SEE + UNSEEN)
def test_pages_read(world: Any, role: str) -> None:
    client = _client(world, role)
    for tail in READ_PAGES:
        response = client.get(f"/plans/{world.plan.public_id}/{tail}")
        expected = 200 if role in SEE else 404
        assert response.status_code == expected, (role, tail)
    audit = client.get(f"/plans/{world.plan.public_id}/audit/").status_code
    assert audit == {"manager": 200}.get(role, 403 if role in SEE else 404)


@pytest.mark.parametrize("role", SEE + UNSEEN)
def test_plan_list_shows_only_visible_plans(world: Any, role: str) -> None:
    html = _client(world, role).get("/plans/").content.decode()
    assert (world.plan.public_id in html) is (role in SEE)


@pytest.mark.parametrize("role", SEE + UNSEEN)
def test_pages_change(world: Any, role: str) -> None:
    client = _client(world, role)
    url = f"/plans/{world.plan.public_id}/edit/person/"
    response = client.post(url, {"base_revision": "1", "f:person.preferred_name": role})
    assert response.status_code == (302 if role in SEE else 404), role
    status = client.post(
        f"/plans/{world.plan.public_id}/status/", {"status": "not_agreed", "base_revision": "2"}
    )
    expected = 302 if role in STATUS else 403 if role in SEE else 404
    assert status.status_code == expected, role


@pytest.mark.parametrize("role", SEE + UNSEEN)
def test_api_read_and_change(world: Any, role: str) -> None:
    client = _client(world, role)
    base = f"/api/plans/{world.plan.public_id}"
    seen = role in SEE
    assert client.get(base).status_code == (200 if seen else 404)
    assert client.get(base + "/revisions").status_code == (200 if seen else 404)
    patch = client.patch(
        base,
        json.dumps({"person": {"preferred_name": "Y"}}),
        content_type="application/json",
        HTTP_IF_MATCH='"1"',
    )
    assert patch.status_code == (200 if seen else 404), (role, patch.content[:300])


def test_missing_plan_and_unseen_plan_look_the_same(world: Any) -> None:
    client = _client(world, "outsider")
    unseen = client.get(f"/plans/{world.plan.public_id}/")
    missing = client.get("/plans/plan-000000000000/")
    assert unseen.status_code == missing.status_code == 404
    assert _scrub(unseen.content, world.plan.public_id) == _scrub(
        missing.content, "plan-000000000000"
    )


def _scrub(html: bytes, plan_id: str) -> str:
    """The page without what differs on every response (the CSRF token) or names the URL."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html.decode())
    return re.sub(r"plan-[0-9a-f]+", "PLAN", text.replace(plan_id, "PLAN"))


def test_withdrawn_invitation_ends_access(world: Any) -> None:
    client = _client(world, "carer")
    url = f"/plans/{world.plan.public_id}/"
    assert client.get(url).status_code == 200
    services.plan_access_withdraw(
        plan_id=world.plan.public_id, user=world.carer, actor=world.person
    )
    assert client.get(url).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(world: Any) -> None:
    for url in ("/plans/", f"/plans/{world.plan.public_id}/", "/easy-read/", "/audit/"):
        response = Client().get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


def test_desk_is_for_advocates_practitioners_and_managers(world: Any) -> None:
    for role, expected in (("advocate", 200), ("practitioner", 200), ("manager", 200),
                           ("person", 403), ("carer", 403)):  # fmt: skip
        assert _client(world, role).get("/easy-read/").status_code == expected, role


def test_unseen_requests_are_not_audited_as_reads(world: Any) -> None:
    _client(world, "outsider").get(f"/plans/{world.plan.public_id}/")
    assert not AuditEvent.objects.filter(actor=world.outsider).exists()


def test_person_invites_and_withdraws_from_the_plan_page(world: Any) -> None:
    newcomer = make_user("nina", None)
    person = _client(world, "person")
    url = f"/plans/{world.plan.public_id}/access/"
    assert (
        person.post(url, {"action": "invite", "username": "nina", "role": "advocate"}).status_code
        == 302
    )
    nina = Client()
    nina.force_login(newcomer)
    assert nina.get(f"/plans/{world.plan.public_id}/").status_code == 200
    assert "nina, as advocate" in person.get(f"/plans/{world.plan.public_id}/").content.decode()
    person.post(url, {"action": "withdraw", "username": "nina"})
    assert nina.get(f"/plans/{world.plan.public_id}/").status_code == 404
    missing = person.post(url, {"action": "invite", "username": "nobody-here"})
    assert missing.status_code == 422 and 'role="alert"' in missing.content.decode()


def test_carers_cannot_invite_and_outsiders_get_404(world: Any) -> None:
    url = f"/plans/{world.plan.public_id}/access/"
    data = {"action": "invite", "username": "olly", "role": "carer"}
    assert _client(world, "carer").post(url, data).status_code == 403
    assert _client(world, "outsider").post(url, data).status_code == 404
