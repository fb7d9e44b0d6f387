"""Easy-read HTML: a standalone page (styles and pictures inlined) that also feeds the PDF.

Bold marks only the first use of a hard word (ER-4); every picture has alt text (W-1); the rows
are a CSS grid, not a table (W-2).
"""

from __future__ import annotations

import base64
import re
from functools import cache

from markupsafe import Markup, escape

from service.documents.easyread.lexicon import TEMPLATES_DIR
from service.documents.easyread.model import EasyReadDocument, Line
from service.documents.easyread.pictures import svg
from service.documents.easyread.templates import say, words
from service.documents.templating import markup_env

TEMPLATE = "easyread/page.html.j2"


@cache
def stylesheet(name: str = "easyread.css") -> str:
    return (TEMPLATES_DIR / name).read_text(encoding="utf-8")


def sentence_html(line: Line) -> Markup:
    """The sentence, escaped, with its hard words in ``<strong>`` where first used."""
    out = str(escape(line.text))
    for term in line.bold:
        safe = str(escape(term))
        out = re.sub(
            rf"(?<![\w>]){re.escape(safe)}(?!\w)", f"<strong>{safe}</strong>", out, count=1
        )
    return Markup(out)


@cache
def data_uri(code: str) -> str:
    encoded = base64.b64encode(svg(code).encode("utf-8")).decode("ascii")
    return f"data:image/svg+xml;base64,{encoded}"


def page(doc: EasyReadDocument, *, screen: bool = True) -> str:
    """The page; ``screen=False`` leaves out the narrow-screen rules (for the PDF writer)."""
    css = stylesheet() + (stylesheet("easyread-screen.css") if screen else "")
    css += f"\n:root {{ --print-size: {int(doc.body_pt)}pt; }}\n"  # ER-1, large print if asked
    images = {row.picture.code: data_uri(row.picture.code) for row in doc.rows()}
    return (
        markup_env()
        .get_template(TEMPLATE)
        .render(
            doc=doc,
            sentence=sentence_html,
            text=words(),
            for_line=say("page.for", name=doc.person_name),
            images=images,
            css=Markup(css),
        )
    )


def render_html(doc: EasyReadDocument) -> bytes:
    return page(doc).encode("utf-8")
