"""Easy read: plans people with learning disabilities can read, and a checker for any text.

    from service.documents.easyread import build, lint
    doc = build(plan)            # the easy-read document model, linted and within the gates
    report = lint("Some text.")  # every ER violation with its position, plus readability

Importing this package registers the ``easy-read`` variant of the html, docx, pdf and audio
formats with the documents registry (``service.documents.render(plan, "pdf", "easy-read")``).
The standard is ``../shared/domain/ACCESSIBLE_OUTPUT.md`` (ER-1 to ER-18).
"""

from __future__ import annotations

from service.documents.easyread.build import build, lint_document
from service.documents.easyread.linter import LintReport, Violation, lint
from service.documents.easyread.model import EasyReadDocument
from service.documents.easyread.register import register_all

__all__ = ["EasyReadDocument", "LintReport", "Violation", "build", "lint", "lint_document"]

register_all()
