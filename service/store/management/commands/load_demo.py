"""``manage.py load_demo``: demo logins and one plan per demo plan file. Safe to run every start.

Creates (once) the users below and loads each plan from ``service.demo`` that is not loaded yet.
Each run sets a fresh random password (or ``--password``) and prints it, because only its hash
is stored. Refuses to run when ``CAREPLAN_PRODUCTION`` is on.

    demo.practitioner  practitioner, allocated to every demo plan
    demo.manager       manager, sees every plan and the audit trail
    demo.florence      person: Florence's own plan
    demo.mary          person: Mary's carer's plan; invited as carer to Florence's plan
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from service.demo import load_demo_plans
from service.store import services
from service.store.models import PlanAccess, Profile, Revision, Role, Source
from service.store.tokens import api_token_create

USERS = {
    "demo.practitioner": Role.practitioner,
    "demo.manager": Role.manager,
    "demo.florence": Role.person,
    "demo.mary": Role.person,
}
PERSON_OF = {"florence-and-mary": "demo.florence", "carer-plan": "demo.mary"}
INVITED = {"florence-and-mary": [("demo.mary", PlanAccess.AccessRole.carer)]}


def demo_reason(name: str) -> str:
    return f"Demo plan: {name}"


class Command(BaseCommand):
    help = "Create the demo logins and load the demo plans (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--password", help="use this password instead of a random one")
        parser.add_argument("--token", action="store_true", help="also print an API token")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("Demo data is never loaded in production")
        password = options["password"] or secrets.token_urlsafe(9)
        users = {name: self._user(name, role, password) for name, role in USERS.items()}
        loaded = [name for name, plan in load_demo_plans().items() if self._plan(name, plan, users)]
        self._report(password, loaded, users, options["token"])

    def _user(self, username: str, role: str, password: str) -> Any:
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.save()
        Profile.objects.update_or_create(user=user, defaults={"role": role})
        return user

    def _plan(self, name: str, plan: Any, users: dict[str, Any]) -> bool:
        if Revision.objects.filter(number=1, reason=demo_reason(name)).exists():
            return False
        record = services.plan_create(
            plan=plan,
            actor=None,
            source=Source.import_,
            reason=demo_reason(name),
            practitioner=users["demo.practitioner"],
            person_user=users.get(PERSON_OF.get(name, "")),
        )
        for username, role in INVITED.get(name, []):
            services.plan_access_grant(
                plan_id=record.public_id, user=users[username], role=role, actor=None
            )
        return True

    def _report(self, password: str, loaded: list[str], users: dict[str, Any], token: bool) -> None:
        self.stdout.write(f"Demo plans loaded now: {', '.join(loaded) or 'none (already loaded)'}")
        self.stdout.write(
            "Sign in at http://127.0.0.1:8000/ with (one password for all, new each start):"
        )
        for username, role in USERS.items():
            self.stdout.write(f"  {username:<20} {role:<13} password: {password}")
        if token:
            raw = api_token_create(users["demo.practitioner"], "demo")[1]
            self.stdout.write(f"API token for demo.practitioner: {raw}")
