"""Which date a plan's money is worked out for.

Rates and thresholds change by date, so a plan is costed with the figures in force when its
services start (else when planning started, else the assessment), or today for a plan with no
dates yet. One function, so the API, documents and easy read always agree.
"""

from __future__ import annotations

from datetime import date as Date

from service.plan.models import Plan


def costing_date(plan: Plan, today: Date | None = None) -> Date:
    dates = plan.dates
    return dates.services_start or dates.plan_started or dates.assessment or today or Date.today()


def council_of(plan: Plan, default: str = "lincolnshire") -> str:
    """The council whose rates apply: the plan's rule pack (e.g. ``lincolnshire``)."""
    return plan.rule_pack or default
