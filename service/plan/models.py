"""The care and support plan, schema version 1 (see ../shared/domain/PLAN_SCHEMA.md).

Every section of the outline is modelled. Rules of the model:

* unknown is ``None``, never a guessed value; every list may be empty;
* money is ``Decimal`` (serialised as a string in JSON);
* derived values (a support line's cost per week, totals) are computed, never stored: fields named
  in ``DERIVED_KEYS`` are dropped if a client sends them back;
* references between parts (``need_ids``, ``outcome_ids`` ...) must point at ids in the same plan;
  a dangling or duplicate id fails validation naming the path (see ``references.py``).
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from service.plan import money
from service.plan.enums import (
    AdviceKind,
    AgreementStatus,
    BudgetManagement,
    CapacityOutcome,
    CombinedKind,
    CommunicationFormat,
    Consent,
    Delivery,
    DirectPaymentRecipient,
    Eligibility,
    EligibilityOutcome,
    FactSource,
    Funding,
    InvolvementRole,
    Likelihood,
    MetBy,
    OtherFormatKind,
    PaymentFrequency,
    Period,
    PlanStatus,
    PlanType,
    RiskSource,
    StrengthKind,
    SupportKind,
    UnableReason,
    Unit,
    WellbeingDomain,
)
from service.plan.types import Id, Money, NhsNumber, Quantity, ShortText, Text

SCHEMA_VERSION: Literal["1"] = "1"
# Keys that are computed from other fields. Clients may send them back (they appear in derived
# views); they are ignored on input so a GET -> PUT round trip never fails.
DERIVED_KEYS = frozenset({"cost_per_week", "cost_per_year"})


class Part(BaseModel):
    """Base for every part of a plan: unknown fields are refused so typos are not lost silently."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_default=False)

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        if isinstance(data, dict) and DERIVED_KEYS & data.keys():
            return {k: v for k, v in data.items() if k not in DERIVED_KEYS}
        return data


# --- dates, person, communication ---------------------------------------------------------


class PlanDates(Part):
    assessment: Date | None = None
    plan_started: Date | None = None
    services_start: Date | None = None
    signed_off: Date | None = None


class Communication(Part):
    formats: list[CommunicationFormat] = Field(default_factory=list)
    large_print_pt: int | None = Field(default=None, ge=14, le=72)
    language: ShortText | None = None
    interpreter: bool | None = None
    how_to_communicate_with_me: Text | None = None


class Person(Part):
    name: ShortText | None = None
    preferred_name: ShortText | None = None
    date_of_birth: Date | None = None
    nhs_number: NhsNumber | None = None
    la_reference: ShortText | None = None
    address: Text | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    views_wishes_feelings_beliefs: Text | None = None
    what_matters_to_me: list[Text] = Field(default_factory=list)
    good_day: Text | None = None
    bad_day: Text | None = None
    cultural_and_faith_needs: Text | None = None
    communication: Communication = Field(default_factory=Communication)


class CaredFor(Part):
    """For a carer's support plan: the adult (or child) the carer looks after."""

    name: ShortText | None = None
    relationship: ShortText | None = None
    plan_reference: ShortText | None = None
    involved: bool | None = None


# --- involvement, capacity, advocacy ------------------------------------------------------


class InvolvedPerson(Part):
    id: Id
    name: ShortText
    role: InvolvementRole
    relationship: ShortText | None = None
    organisation: ShortText | None = None
    asked_for_by_person: bool | None = None
    consent: Consent | None = None


class Agreement(Part):
    status: AgreementStatus | None = None
    steps_taken: list[Text] = Field(default_factory=list)
    disagreement_reasons: Text | None = None
    complaints_info_given_on: Date | None = None


class Involvement(Part):
    people: list[InvolvedPerson] = Field(default_factory=list)
    delegated_to: ShortText | None = None
    options_considered: list[Text] = Field(default_factory=list)
    chosen_option: Text | None = None
    agreement: Agreement = Field(default_factory=Agreement)


class CapacityAssessment(Part):
    decision: Text
    date: Date | None = None
    outcome: CapacityOutcome
    assessor: ShortText | None = None


class BestInterestsDecision(Part):
    decision: Text
    date: Date | None = None
    consulted: list[ShortText] = Field(default_factory=list)
    less_restrictive_considered: Text | None = None


class Capacity(Part):
    assessments: list[CapacityAssessment] = Field(default_factory=list)
    best_interests: list[BestInterestsDecision] = Field(default_factory=list)


class SubstantialDifficulty(Part):
    """CA s.67(4): ``True`` where the person would have substantial difficulty in that area."""

    understanding: bool | None = None
    retaining: bool | None = None
    using_or_weighing: bool | None = None
    communicating: bool | None = None

    @property
    def any(self) -> bool:
        return any((self.understanding, self.retaining, self.using_or_weighing, self.communicating))


class Advocate(Part):
    name: ShortText | None = None
    organisation: ShortText | None = None
    arranged_on: Date | None = None


class Advocacy(Part):
    substantial_difficulty: SubstantialDifficulty = Field(default_factory=SubstantialDifficulty)
    appropriate_person_id: Id | None = None
    appropriate_person_paid_carer: bool | None = None
    advocate: Advocate | None = None
    advocate_paid_carer: bool | None = None
    hospital_28_days_likely: bool | None = None
    care_home_8_weeks_likely: bool | None = None
    material_disagreement: bool | None = None


# --- wellbeing, assessment, needs, eligibility, outcomes ------------------------------------


class WellbeingImpact(Part):
    domain: WellbeingDomain
    impact: Text | None = None


class AssessedNeed(Part):
    """A need the assessment identified; CA-01 checks each appears in the plan."""

    ref: Id
    description: Text


class Assessment(Part):
    by: ShortText | None = None
    reference: ShortText | None = None
    identified_needs: list[AssessedNeed] = Field(default_factory=list)


class Need(Part):
    id: Id
    description: Text
    assessment_ref: Id | None = None
    eligibility_outcomes: list[EligibilityOutcome] = Field(default_factory=list)
    unable_reason: list[UnableReason] = Field(default_factory=list)
    eligibility: Eligibility | None = None
    extent: Text | None = None
    fluctuating: bool | None = None
    fluctuation_plan: Text | None = None
    met_by: MetBy | None = None
    how_met: Text | None = None
    direct_payment_possible: bool | None = None
    outcome_ids: list[Id] = Field(default_factory=list)
    support_ids: list[Id] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _one_reason_as_list(cls, data: Any) -> Any:
        # The outline names a single reason; a need may meet several, so a list is kept and a
        # lone string is accepted.
        if isinstance(data, dict) and isinstance(data.get("unable_reason"), str):
            return {**data, "unable_reason": [data["unable_reason"]]}
        return data


class EligibilityDetermination(Part):
    impairment_related: bool | None = None
    significant_impact: bool | None = None
    carer_health_at_risk: bool | None = None
    necessary_care: bool | None = None
    reasons: Text | None = None
    written_record_given_on: Date | None = None


class Outcome(Part):
    id: Id
    statement: Text
    wellbeing_domains: list[WellbeingDomain] = Field(default_factory=list)
    need_ids: list[Id] = Field(default_factory=list)
    how_support_helps: Text | None = None
    steps: list[Text] = Field(default_factory=list)
    success_looks_like: Text | None = None


class Strength(Part):
    id: Id
    description: Text
    kind: StrengthKind | None = None
    outcome_ids: list[Id] = Field(default_factory=list)


class NetworkMember(Part):
    id: Id
    name: ShortText
    relationship: ShortText | None = None
    helps_with: Text | None = None
    when: ShortText | None = None
    willing: bool | None = None
    able: bool | None = None
    contact: ShortText | None = None


class Carer(Part):
    id: Id
    name: ShortText
    relationship: ShortText | None = None
    lives_with_person: bool | None = None
    willing_now: bool | None = None
    willing_future: bool | None = None
    able_now: bool | None = None
    able_future: bool | None = None
    what_they_do: Text | None = None
    hours_per_week: Quantity | None = None
    work_education_recreation: Text | None = None
    own_needs: Text | None = None
    carer_assessment_offered: bool | None = None
    combined_plan: bool | None = None


# --- support, equipment, risks, contingency -------------------------------------------------


class SupportLine(Part):
    id: Id
    description: Text
    provider: ShortText | None = None
    kind: SupportKind | None = None
    need_ids: list[Id] = Field(default_factory=list)
    outcome_ids: list[Id] = Field(default_factory=list)
    when: ShortText | None = None
    units_per_week: Quantity | None = None
    unit: Unit | None = None
    unit_cost: Money | None = None
    funding: Funding | None = None
    delivery: Delivery | None = None
    start_date: Date | None = None
    rate_authorised: bool | None = None  # LCC-08: above-framework rate authorised

    @property
    def cost_per_week(self) -> Decimal | None:
        """Units a week times the unit cost, to the penny; ``None`` while either is unknown."""
        if self.units_per_week is None or self.unit_cost is None:
            return None
        return money.pence(self.units_per_week * self.unit_cost)


class EquipmentItem(Part):
    id: Id
    item: ShortText
    need_ids: list[Id] = Field(default_factory=list)
    provided_on: Date | None = None
    cost: Money | None = None
    chargeable: bool | None = None


class Risk(Part):
    id: Id
    description: Text
    source: RiskSource | None = None
    likelihood: Likelihood | None = None
    likely_harm: Text | None = None
    proactive: list[Text] = Field(default_factory=list)
    reactive: list[Text] = Field(default_factory=list)


class EmergencyContact(Part):
    name: ShortText
    relationship: ShortText | None = None
    phone: ShortText | None = None


class Contingency(Part):
    emergency_contacts: list[EmergencyContact] = Field(default_factory=list)
    if_carer_unavailable: Text | None = None
    if_provider_fails: Text | None = None
    hospital_admission: Text | None = None
    pets_and_property: Text | None = None
    people_i_care_for: Text | None = None


# --- money ------------------------------------------------------------------------------------


class OtherPublicMoney(Part):
    source: ShortText | None = None
    amount: Money | None = None
    reason: Text | None = None


class TopUp(Part):
    by: ShortText | None = None
    amount: Money | None = None
    reason: Text | None = None


class PersonalBudget(Part):
    indicative_amount: Money | None = None
    indicative_given_on: Date | None = None
    calculation_method: Text | None = None
    period: Period = Period.week
    total: Money | None = None
    person_contribution: Money | None = None
    council_contribution: Money | None = None
    other_public_money: list[OtherPublicMoney] = Field(default_factory=list)
    top_ups: list[TopUp] = Field(default_factory=list)
    management: BudgetManagement | None = None


class EmployerCosts(Part):
    """Weekly amounts a direct-payment employer must cover besides wages."""

    employer_ni: Money | None = None
    pension: Money | None = None
    holiday_pay: Money | None = None
    insurance: Money | None = None
    payroll: Money | None = None
    dbs_checks: Money | None = None
    training: Money | None = None
    recruitment: Money | None = None


class Payee(Part):
    relationship: ShortText | None = None
    same_household: bool | None = None
    necessity_recorded: bool | None = None


class DirectPaymentReview(Part):
    date: Date


class DirectPayment(Part):
    need_ids: list[Id] = Field(default_factory=list)
    outcome_ids: list[Id] = Field(default_factory=list)
    amount: Money | None = None
    frequency: PaymentFrequency | None = None
    recipient: DirectPaymentRecipient | None = None
    recipient_name: ShortText | None = None
    requested_by: ShortText | None = None
    requested_on: Date | None = None
    capacity_to_request: bool | None = None
    capable_of_managing: bool | None = None
    appropriate: bool | None = None
    employs_personal_assistant: bool | None = None
    what_for: Text | None = None  # what the person wants to use it for, in their words
    employer_costs: EmployerCosts | None = None
    payees: list[Payee] = Field(default_factory=list)
    support_service: ShortText | None = None
    first_payment_on: Date | None = None
    reviews: list[DirectPaymentReview] = Field(default_factory=list)


class Advice(Part):
    kind: AdviceKind
    need_ids: list[Id] = Field(default_factory=list)
    content: Text
    given_on: Date | None = None
    format: ShortText | None = None


class Safeguarding(Part):
    concern: Text | None = None
    s42_enquiry_ref: ShortText | None = None
    interventions: list[Text] = Field(default_factory=list)
    advocacy_decision: Text | None = None


class ReviewRequest(Part):
    date: Date
    decision: Text | None = None


class ChangeOfCircumstances(Part):
    date: Date
    description: Text
    reassessed_on: Date | None = None


class Review(Part):
    first_review_on: Date | None = None
    then_every_months: int | None = Field(default=None, ge=1, le=36)
    monitoring: Text | None = None
    reviewer: ShortText | None = None
    how_to_request: Text | None = None
    is_revision: bool | None = None
    involvement_and_advocacy_checked_on: Date | None = None
    previous_budget_total: Money | None = None
    requests: list[ReviewRequest] = Field(default_factory=list)
    changes: list[ChangeOfCircumstances] = Field(default_factory=list)


class Copy(Part):
    name: ShortText
    role: InvolvementRole | None = None
    format: CommunicationFormat | None = None
    sent_on: Date | None = None


class CombinedWith(Part):
    kind: CombinedKind
    reference: ShortText | None = None
    lead_organisation: ShortText | None = None
    agreed_by: list[ShortText] = Field(default_factory=list)


class SignOff(Part):
    by: ShortText | None = None
    role: ShortText | None = None
    on: Date | None = None


class OtherFormat(Part):
    kind: OtherFormatKind
    where: Text | None = None


class EasyReadCheck(Part):
    """ER-18: easy read is finished only when the person has seen it."""

    checked_with_person_on: Date | None = None
    checked_by: ShortText | None = None


class ProvenanceEntry(Part):
    source: FactSource
    turn: int | None = Field(default=None, ge=0)
    quote: Text | None = None
    ref: ShortText | None = None  # an imported document's paragraph or table cell
    by: ShortText | None = None
    at: datetime | None = None


# --- the plan -----------------------------------------------------------------------------------


class Plan(Part):
    schema_version: Literal["1"] = SCHEMA_VERSION
    id: Id | None = None
    plan_type: PlanType = PlanType.care_and_support
    status: PlanStatus = PlanStatus.draft
    local_authority: ShortText | None = None
    rule_pack: Id | None = None
    dates: PlanDates = Field(default_factory=PlanDates)
    person: Person = Field(default_factory=Person)
    cared_for: CaredFor | None = None
    carer_profile: Carer | None = None
    involvement: Involvement = Field(default_factory=Involvement)
    capacity: Capacity = Field(default_factory=Capacity)
    advocacy: Advocacy = Field(default_factory=Advocacy)
    wellbeing: list[WellbeingImpact] = Field(default_factory=list)
    assessment: Assessment = Field(default_factory=Assessment)
    needs: list[Need] = Field(default_factory=list)
    eligibility: EligibilityDetermination = Field(default_factory=EligibilityDetermination)
    outcomes: list[Outcome] = Field(default_factory=list)
    strengths: list[Strength] = Field(default_factory=list)
    network: list[NetworkMember] = Field(default_factory=list)
    carers: list[Carer] = Field(default_factory=list)
    support: list[SupportLine] = Field(default_factory=list)
    equipment: list[EquipmentItem] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    contingency: Contingency = Field(default_factory=Contingency)
    personal_budget: PersonalBudget = Field(default_factory=PersonalBudget)
    direct_payment: DirectPayment | None = None
    information_and_advice: list[Advice] = Field(default_factory=list)
    safeguarding: Safeguarding = Field(default_factory=Safeguarding)
    review: Review = Field(default_factory=Review)
    copies: list[Copy] = Field(default_factory=list)
    combined_with: list[CombinedWith] = Field(default_factory=list)
    sign_off: SignOff = Field(default_factory=SignOff)
    other_formats: list[OtherFormat] = Field(default_factory=list)
    easy_read: EasyReadCheck = Field(default_factory=EasyReadCheck)
    provenance: dict[ShortText, list[ProvenanceEntry]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _references_resolve(self) -> Plan:
        from service.plan.references import reference_problems  # circular: references reads Plan

        problems = reference_problems(self)
        if problems:
            raise PydanticCustomError(
                "plan_references",
                "{summary}",
                {"summary": "; ".join(f"{p}: {m}" for p, m in problems), "problems": problems},
            )
        return self

    # Lookups used by rules, documents and the conversation.
    def need(self, need_id: str) -> Need | None:
        return next((n for n in self.needs if n.id == need_id), None)

    def outcome(self, outcome_id: str) -> Outcome | None:
        return next((o for o in self.outcomes if o.id == outcome_id), None)

    def support_line(self, support_id: str) -> SupportLine | None:
        return next((s for s in self.support if s.id == support_id), None)

    def to_json(self) -> dict[str, Any]:
        """The plan as JSON-ready data (dates as ISO strings, money as decimal strings)."""
        return self.model_dump(mode="json")
