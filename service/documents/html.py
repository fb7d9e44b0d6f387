"""Standalone, printable HTML (WCAG 2.2 AA): the variant's Markdown in an accessible page shell.

Styles are inlined so the file works offline and when saved or emailed; the same HTML feeds
the PDF writer.
"""

from __future__ import annotations

from functools import cache

from markupsafe import Markup

from service.documents.compose import tokens_for
from service.documents.formatting import TEMPLATES_DIR
from service.documents.markdown import to_html
from service.documents.registry import RenderRequest
from service.documents.templating import render_markup
from service.documents.view import DocumentView

_STYLES = TEMPLATES_DIR / "documents" / "styles"
_EXTRA_CSS = {
    "large-print": ("large-print.css",),
    "my-plan": ("person.css",),
    "one-page-profile": ("person.css", "one-page.css"),
}


@cache
def _stylesheet(name: str) -> str:
    return (_STYLES / name).read_text(encoding="utf-8")


def css_for(view: DocumentView, medium: str = "screen") -> str:
    """The page's styles; ``medium="print"`` leaves out what only a browser understands."""
    names = [
        "base.css",
        *(["screen.css"] if medium == "screen" else []),
        *_EXTRA_CSS.get(view.variant, ()),
    ]
    sheets = [_stylesheet(name) for name in names]
    if view.variant == "large-print":
        sheets.insert(0, f":root {{ --print-size: {view.large_print_pt}pt; }}")
    return "\n".join(sheets)


def html_page(request: RenderRequest, medium: str = "screen") -> str:
    view, tokens = tokens_for(request)
    body = Markup(to_html(tokens))  # markdown-it escapes text; raw HTML input is disabled
    css = Markup(css_for(view, medium))
    return render_markup("documents/html/page.html.j2", view=view, body=body, css=css)


def render_html(request: RenderRequest) -> bytes:
    return html_page(request).encode("utf-8")
