"""Enumerations for the plan schema.

The legal lists (wellbeing domains, eligibility outcomes, substantial-difficulty areas and the
"unable" reasons) carry the statutory wording as ``label`` and an everyday wording as ``plain``.
Both texts live in ``prompts/legal_lists.yaml`` because they are read by people; the slugs here
are the schema's contract and never change.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml

LEGAL_LISTS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "legal_lists.yaml"


@cache
def _legal_texts() -> dict[str, dict[str, dict[str, str]]]:
    with LEGAL_LISTS_FILE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(fh)
    return data


# Which list of prompts/legal_lists.yaml each enum's texts are in.
_LIST_NAMES = {
    "WellbeingDomain": "wellbeing_domain",
    "EligibilityOutcome": "eligibility_outcome",
    "SubstantialDifficultyArea": "substantial_difficulty",
    "UnableReason": "unable_reason",
}


class LegalList(StrEnum):
    """A legal list whose members carry statutory (``label``) and plain wording."""

    def _texts(self) -> dict[str, str]:
        return _legal_texts()[_LIST_NAMES[type(self).__name__]][self.value]

    @property
    def label(self) -> str:
        return self._texts()["label"]

    @property
    def plain(self) -> str:
        return self._texts()["plain"]


class WellbeingDomain(LegalList):
    """Care Act 2014 s.1(2)(a)-(i)."""

    personal_dignity = "personal_dignity"
    physical_and_mental_health = "physical_and_mental_health"
    protection_from_abuse_and_neglect = "protection_from_abuse_and_neglect"
    control_over_day_to_day_life = "control_over_day_to_day_life"
    participation_in_work_education_training_recreation = (
        "participation_in_work_education_training_recreation"
    )
    social_and_economic_wellbeing = "social_and_economic_wellbeing"
    domestic_family_and_personal_relationships = "domestic_family_and_personal_relationships"
    suitability_of_living_accommodation = "suitability_of_living_accommodation"
    contribution_to_society = "contribution_to_society"


class EligibilityOutcome(LegalList):
    """Adult outcomes, ER 2015 reg 2(2)(a)-(j), and carer outcomes, reg 3(2)."""

    managing_and_maintaining_nutrition = "managing_and_maintaining_nutrition"
    maintaining_personal_hygiene = "maintaining_personal_hygiene"
    managing_toilet_needs = "managing_toilet_needs"
    being_appropriately_clothed = "being_appropriately_clothed"
    using_the_home_safely = "using_the_home_safely"
    maintaining_a_habitable_home = "maintaining_a_habitable_home"
    developing_and_maintaining_relationships = "developing_and_maintaining_relationships"
    accessing_work_training_education_volunteering = (
        "accessing_work_training_education_volunteering"
    )
    making_use_of_necessary_facilities_in_the_community = (
        "making_use_of_necessary_facilities_in_the_community"
    )
    carrying_out_caring_responsibilities_for_a_child = (
        "carrying_out_caring_responsibilities_for_a_child"
    )
    # Carer outcomes, ER 2015 reg 3(2): a need's outcomes may come from either list.
    carer_caring_for_a_child = "carer_caring_for_a_child"
    carer_caring_for_others = "carer_caring_for_others"
    carer_habitable_home = "carer_habitable_home"
    carer_nutrition = "carer_nutrition"
    carer_relationships = "carer_relationships"
    carer_work_training_education_volunteering = "carer_work_training_education_volunteering"
    carer_community_facilities = "carer_community_facilities"
    carer_recreation = "carer_recreation"

    @property
    def is_carer_outcome(self) -> bool:
        return self.value.startswith("carer_")

    def _texts(self) -> dict[str, str]:
        group = "carer_outcome" if self.is_carer_outcome else "eligibility_outcome"
        return _legal_texts()[group][self.value]


ADULT_OUTCOMES = tuple(o for o in EligibilityOutcome if not o.is_carer_outcome)
CARER_OUTCOMES = tuple(o for o in EligibilityOutcome if o.is_carer_outcome)


class SubstantialDifficultyArea(LegalList):
    """Care Act 2014 s.67(4)(a)-(d)."""

    understanding = "understanding"
    retaining = "retaining"
    using_or_weighing = "using_or_weighing"
    communicating = "communicating"


class UnableReason(LegalList):
    """ER 2015 reg 2(3): the four ways a person counts as "unable" to achieve an outcome."""

    without_assistance = "without_assistance"
    pain_distress_anxiety = "pain_distress_anxiety"
    endangers_safety = "endangers_safety"
    significantly_longer = "significantly_longer"


class PlanType(StrEnum):
    care_and_support = "care_and_support"
    carer_support = "carer_support"


class PlanStatus(StrEnum):
    draft = "draft"
    ready_for_sign_off = "ready_for_sign_off"
    signed_off = "signed_off"
    not_agreed = "not_agreed"
    ended = "ended"


class CommunicationFormat(StrEnum):
    standard = "standard"
    easy_read = "easy_read"
    large_print = "large_print"
    audio = "audio"
    braille = "braille"
    bsl = "bsl"
    email = "email"
    other = "other"


class InvolvementRole(StrEnum):
    person = "person"
    carer = "carer"
    family = "family"
    friend = "friend"
    advocate = "advocate"
    appropriate_person = "appropriate_person"
    practitioner = "practitioner"
    professional = "professional"
    other = "other"


class Consent(StrEnum):
    given = "given"
    refused = "refused"
    best_interests = "best_interests"
    not_needed = "not_needed"


class AgreementStatus(StrEnum):
    agreed = "agreed"
    not_agreed = "not_agreed"
    pending = "pending"


class CapacityOutcome(StrEnum):
    has_capacity = "has_capacity"
    lacks_capacity = "lacks_capacity"


class Eligibility(StrEnum):
    eligible = "eligible"
    not_eligible = "not_eligible"
    partly = "partly"


class MetBy(StrEnum):
    local_authority = "local_authority"
    carer = "carer"
    informal = "informal"
    other_service = "other_service"
    self_ = "self"
    not_met = "not_met"


class StrengthKind(StrEnum):
    personal = "personal"
    network = "network"
    community = "community"


class SupportKind(StrEnum):
    home_care = "home_care"
    personal_assistant = "personal_assistant"
    day_service = "day_service"
    residential = "residential"
    nursing = "nursing"
    respite = "respite"
    equipment = "equipment"
    adaptation = "adaptation"
    telecare = "telecare"
    community = "community"
    universal = "universal"
    health = "health"
    reablement = "reablement"
    intermediate_care = "intermediate_care"
    other = "other"


class Unit(StrEnum):
    hour = "hour"
    session = "session"
    day = "day"
    night = "night"
    week = "week"
    item = "item"


class Funding(StrEnum):
    personal_budget = "personal_budget"
    person_top_up = "person_top_up"
    nhs = "nhs"
    other_public = "other_public"
    third_party = "third_party"
    free = "free"


class Delivery(StrEnum):
    direct_payment = "direct_payment"
    council_managed = "council_managed"
    individual_service_fund = "individual_service_fund"
    informal = "informal"


class Likelihood(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"


class RiskSource(StrEnum):
    need = "need"
    outcome = "outcome"
    plan = "plan"


class Period(StrEnum):
    week = "week"
    year = "year"


class BudgetManagement(StrEnum):
    council_managed = "council_managed"
    direct_payment = "direct_payment"
    mixed = "mixed"
    individual_service_fund = "individual_service_fund"


class PaymentFrequency(StrEnum):
    weekly = "weekly"
    four_weekly = "four_weekly"
    monthly = "monthly"


class DirectPaymentRecipient(StrEnum):
    person = "person"
    nominee = "nominee"
    authorised_person = "authorised_person"


class AdviceKind(StrEnum):
    meet_or_reduce = "meet_or_reduce"
    prevent_or_delay = "prevent_or_delay"
    direct_payments = "direct_payments"
    services = "services"
    complaints = "complaints"
    other = "other"


class CombinedKind(StrEnum):
    carer_support_plan = "carer_support_plan"
    health = "health"
    ehcp = "ehcp"
    safeguarding = "safeguarding"
    other = "other"


class OtherFormatKind(StrEnum):
    pictures = "pictures"
    audio = "audio"
    video = "video"
    own_format = "own_format"


class FactSource(StrEnum):
    conversation = "conversation"
    practitioner = "practitioner"
    import_ = "import"
    derived = "derived"
