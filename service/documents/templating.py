"""The Jinja environments, compiled once per process (templates are cached by Jinja itself).

``markdown_env`` writes the variants as Markdown, escaping every printed value (see
``markdown.finalize``); ``markup_env`` writes HTML and XML shells with autoescaping on;
``text_env`` writes formats with their own escaping (iCalendar) and no autoescape.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from service.documents import formatting
from service.documents.formatting import TEMPLATES_DIR
from service.documents.markdown import Md, escape_inline, finalize, paragraphs

_FILTERS: dict[str, Any] = {
    "money": formatting.money,
    "money_per": formatting.money_per,
    "long_date": formatting.long_date,
    "quantity": formatting.quantity,
    "units": formatting.units,
    "label": lambda value, group: formatting.label(group, value),
    "yes_no": formatting.yes_no,
    "join_items": formatting.join_items,
    "upper_first": formatting.upper_first,
}


def _common(env: Environment) -> Environment:
    env.filters.update(_FILTERS)
    env.globals["labels"] = formatting.labels()
    return env


def _loader() -> FileSystemLoader:
    return FileSystemLoader(str(TEMPLATES_DIR))


@cache
def markdown_env() -> Environment:
    env = Environment(
        loader=_loader(),
        # On so macros return Markup; finalize does the Markdown escaping value by value.
        autoescape=True,
        finalize=finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["paragraphs"] = paragraphs
    env.filters["escape_md"] = lambda value: Md(escape_inline(value))
    return _common(env)


@cache
def markup_env() -> Environment:
    env = Environment(
        loader=_loader(),
        autoescape=select_autoescape(enabled_extensions=("html", "xml", "j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return _common(env)


@cache
def text_env() -> Environment:
    env = Environment(
        loader=_loader(),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return _common(env)


def render_markdown(template: str, **context: Any) -> str:
    return markdown_env().get_template(template).render(**context)


def render_markup(template: str, **context: Any) -> str:
    return markup_env().get_template(template).render(**context)


def render_text(template: str, **context: Any) -> str:
    return text_env().get_template(template).render(**context)
