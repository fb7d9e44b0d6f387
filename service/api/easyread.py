"""Easy-read API: check any text against the easy-read standard, and preview a plan's easy read.

Mount at prefix "" (paths below start with /easy-read). Downloads of the easy-read documents go
through the documents endpoint with ``variant=easy-read``.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from service.documents.easyread import LintReport, build, lint, lint_document
from service.errors import Unavailable
from service.plan import parse_plan

router = Router(tags=["easy read"])
MAX_TEXT = 100_000  # characters: far above any plan's easy read (about 3,000 words)


class CheckIn(Schema):
    text: str = Field(max_length=MAX_TEXT)
    headings: list[str] = Field(default_factory=list, max_length=500)
    word_list: list[str] = Field(default_factory=list, max_length=500)


class PreviewIn(Schema):
    plan: dict[str, Any]


@router.post(
    "/easy-read/check", response=LintReport, summary="Check text against the easy-read rules"
)
def check(request: HttpRequest, body: CheckIn) -> LintReport:
    """Each violation (rule, fail or warn, character position, message, suggestion) plus Flesch
    Reading Ease and Flesch-Kincaid grade. Lines starting with "#" are headings."""
    return lint(body.text, headings=body.headings, word_list=body.word_list)


def _model() -> Any:
    from service.llm import chat_model_from_env

    model = chat_model_from_env()
    if model is None:
        raise Unavailable(
            "No language model is configured (CAREPLAN_LLM): the easy read is made without one"
        )
    return model


@router.post("/easy-read/preview", summary="The easy-read version of a plan, with its checks")
def preview(request: HttpRequest, body: PreviewIn, rewrite: bool = False) -> dict[str, Any]:
    """The easy-read document model for a plan (for example an imported draft), its linter
    report, and the sentences left out for a person to rewrite. An invalid plan gives 422.
    ``?rewrite=true`` offers left-out text to the configured language model (503 without one);
    a rewrite is kept only if it passes the linter and keeps every fact."""
    doc = build(parse_plan(body.plan), model=_model() if rewrite else None)
    return {"document": doc.model_dump(mode="json"), "check": lint_document(doc).model_dump()}
