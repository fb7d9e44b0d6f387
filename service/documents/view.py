"""What a document template sees: the plan plus the facts derived from it, computed once.

Templates stay declarative: they never add money up or search lists; they read this view.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from service.documents import formatting
from service.documents.figures import Figures, figures
from service.documents.registry import Finding, RenderRequest
from service.plan.enums import AdviceKind, Eligibility, MetBy, PlanType
from service.plan.models import Advice, Need, Outcome, Plan, SupportLine

_OTHERWISE = (MetBy.carer, MetBy.informal, MetBy.other_service, MetBy.self_)


@dataclass(frozen=True)
class DocumentView:
    request: RenderRequest

    @property
    def plan(self) -> Plan:
        return self.request.plan

    @property
    def variant(self) -> str:
        return self.request.variant

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.request.findings

    @property
    def revision(self) -> int | None:
        return self.request.revision

    @cached_property
    def money(self) -> Figures:
        return figures(self.plan)

    @property
    def name(self) -> str:
        person = self.plan.person
        return person.name or person.preferred_name or ""

    @property
    def first_name(self) -> str:
        return self.plan.person.preferred_name or self.name

    @property
    def title(self) -> str:
        carer = self.plan.plan_type == PlanType.carer_support
        titles = formatting.labels()["carer_variant_title"] if carer else {}
        base = titles.get(self.variant) or formatting.label("variant_title", self.variant)
        return f"{base}: {self.name}" if self.name else base

    @property
    def subject(self) -> str:
        return formatting.label("subject", self.variant)

    @property
    def author(self) -> str:
        return self.plan.local_authority or str(formatting.labels()["author_default"])

    @property
    def document_date(self) -> date | None:
        """The date the document speaks for: never the wall clock, so bytes are repeatable."""
        if self.request.generated_at is not None:
            return self.request.generated_at.date()
        dates = self.plan.dates
        return self.plan.sign_off.on or dates.signed_off or dates.plan_started or dates.assessment

    @property
    def timestamp(self) -> datetime:
        """A fixed timestamp for metadata (Word, PDF, iCalendar)."""
        if self.request.generated_at is not None:
            return self.request.generated_at.replace(tzinfo=None, microsecond=0)
        day = self.document_date or date(2000, 1, 1)
        return datetime(day.year, day.month, day.day)

    # --- needs, outcomes and support, cross-referenced -----------------------------------------

    def needs_met_by(self, *who: MetBy) -> list[Need]:
        return [n for n in self.plan.needs if n.met_by in who]

    @property
    def needs_council_meets(self) -> list[Need]:
        return self.needs_met_by(MetBy.local_authority)

    @property
    def needs_met_otherwise(self) -> list[Need]:
        return self.needs_met_by(*_OTHERWISE)

    @property
    def needs_not_met_by_council(self) -> list[Need]:
        return [n for n in self.plan.needs if n.met_by != MetBy.local_authority]

    @property
    def eligible_needs(self) -> list[Need]:
        return [
            n
            for n in self.plan.needs
            if n.eligibility in (Eligibility.eligible, Eligibility.partly)
        ]

    def support_for(self, need: Need) -> list[SupportLine]:
        return [s for s in self.plan.support if s.id in need.support_ids or need.id in s.need_ids]

    def outcomes_for(self, ids: list[str]) -> list[Outcome]:
        return [o for o in self.plan.outcomes if o.id in ids]

    def needs_for(self, ids: list[str]) -> list[Need]:
        return [n for n in self.plan.needs if n.id in ids]

    def advice(self, *kinds: str) -> list[Advice]:
        wanted = {AdviceKind(k) for k in kinds}
        return [a for a in self.plan.information_and_advice if a.kind in wanted]

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def large_print_pt(self) -> int:
        """ER-1 / issue: large print is 18 pt at least, more if the person asked for more."""
        return max(18, self.plan.person.communication.large_print_pt or 18)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def filename(plan: Plan, variant: str, extension: str, revision: int | None) -> str:
    """``care-plan-florence-brown-r7.docx``; the variant is named when it is not the council's."""
    parts = ["care-plan", slug(plan.person.name or plan.person.preferred_name or plan.id or "")]
    if variant not in ("council", "data"):
        parts.append(slug(variant))
    if revision is not None:
        parts.append(f"r{revision}")
    return "-".join(p for p in parts if p) + f".{extension}"
