"""Checks on a finished easy-read document, shared by the eval runner and the benchmarks.

``carried`` answers ER-17: does the easy read still carry what CA s.25 requires (needs, which are
eligible, how they will be met, the personal budget, direct-payment amount and frequency, and the
advice on preventing needs)?
"""

from __future__ import annotations

from service.documents.easyread.model import EasyReadDocument
from service.documents.easyread.simplify import plain_money
from service.documents.easyread.templates import say
from service.plan.enums import AdviceKind
from service.plan.models import Plan


def _texts(doc: EasyReadDocument) -> dict[str, str]:
    return {row.source: " ".join(line.text for line in row.lines) for row in doc.rows()}


def carried(plan: Plan, doc: EasyReadDocument) -> dict[str, bool]:
    found = _texts(doc)
    needs = range(len(plan.needs))
    budget, payment = plan.personal_budget, plan.direct_payment
    dp_ok = "direct_payment" in found
    if payment is not None:
        text = found.get("direct_payment.amount", "")
        dp_ok = (payment.amount is None or plain_money(payment.amount) in text) and (
            payment.frequency is None or say(f"frequency.{payment.frequency.value}") in text
        )
    prevention = [
        i
        for i, a in enumerate(plan.information_and_advice)
        if a.kind == AdviceKind.prevent_or_delay
    ]
    return {
        "needs": all(f"needs[{i}]" in found for i in needs),
        "eligibility": all(f"needs[{i}].eligibility" in found for i in needs),
        "how_met": all(f"needs[{i}].how_met" in found for i in needs),
        "personal_budget": (budget.total is None and "personal_budget.total" in found)
        or (
            budget.total is not None
            and plain_money(budget.total) in found.get("personal_budget.total", "")
        ),
        "direct_payment": dp_ok,
        "prevention": all(f"information_and_advice[{i}]" in found for i in prevention)
        and ("information_and_advice" in found or bool(prevention)),
    }


def pictures_ok(doc: EasyReadDocument) -> bool:
    return all(row.picture.alt.strip() and row.lines for row in doc.rows())
