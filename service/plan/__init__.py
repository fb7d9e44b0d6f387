"""The plan domain: the typed, versioned care and support plan. No Django here."""

from __future__ import annotations

from service.plan.models import DERIVED_KEYS, SCHEMA_VERSION, Plan
from service.plan.validation import format_path, parse_plan

__all__ = ["DERIVED_KEYS", "SCHEMA_VERSION", "Plan", "format_path", "parse_plan"]
