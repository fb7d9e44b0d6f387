"""From a render request to the variant's Markdown and tokens: the shared first step of the
text formats (md, txt, html, pdf, docx)."""

from __future__ import annotations

from markdown_it.token import Token

from service.documents.markdown import parse
from service.documents.registry import RenderRequest
from service.documents.templating import render_markdown
from service.documents.view import DocumentView

# Every text variant the documents package itself writes; easy read is registered elsewhere.
TEXT_VARIANTS = ("council", "my-plan", "large-print", "one-page-profile", "contingency")
# Large print is the council's plan content in large type: the copy a person must be given
# (CA s.25(9)) is the plan itself, not a summary of it.
_TEMPLATE_OF = {"large-print": "council"}


def markdown_for(view: DocumentView) -> str:
    name = _TEMPLATE_OF.get(view.variant, view.variant)
    return render_markdown(f"documents/md/{name}.md.j2", view=view)


def tokens_for(request: RenderRequest) -> tuple[DocumentView, list[Token]]:
    view = DocumentView(request)
    return view, parse(markdown_for(view))
