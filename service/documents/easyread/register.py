"""The easy-read renderers as the documents registry sees them: ``(RenderRequest) -> bytes``.

Formats: html, docx, pdf (variant ``easy-read``), and audio: ``audio`` (the whole plan as MP3,
needs espeak-ng and lame), ``wav`` (the whole plan, needs espeak-ng) and ``audio-parts`` (a zip
with one file per section plus the whole, MP3 where lame is installed, else WAV). A long plan
is also made in parts (ER-8): variants ``easy-read-part-1`` to ``-3`` of html, docx and pdf.
"""

from __future__ import annotations

from service.documents import availability
from service.documents.easyread.audio import espeak_missing, mp3_missing
from service.documents.easyread.build import build, part_count
from service.documents.registry import Renderer, RenderRequest, register, register_format

VARIANT = "easy-read"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def easy_read_html(request: RenderRequest) -> bytes:
    from service.documents.easyread.html import render_html

    return render_html(build(request.plan))


def easy_read_docx(request: RenderRequest) -> bytes:
    from service.documents.easyread.docx import render_docx
    from service.documents.view import DocumentView

    return render_docx(build(request.plan), DocumentView(request))


def easy_read_pdf(request: RenderRequest) -> bytes:
    from service.documents.easyread.pdf import render_pdf

    return render_pdf(build(request.plan))


def easy_read_mp3(request: RenderRequest) -> bytes:
    from service.documents.easyread.audio import render_mp3

    return render_mp3(build(request.plan))


def easy_read_wav(request: RenderRequest) -> bytes:
    from service.documents.easyread.audio import render_wav

    return render_wav(build(request.plan))


def easy_read_audio_parts(request: RenderRequest) -> bytes:
    from service.documents.easyread.audio import render_zip

    return render_zip(build(request.plan))


def _mp3_requirement() -> str | None:
    return espeak_missing() or mp3_missing()


RENDERERS: tuple[tuple[str, Renderer], ...] = (
    ("html", easy_read_html),
    ("docx", easy_read_docx),
    ("pdf", easy_read_pdf),
    ("audio", easy_read_mp3),
    ("wav", easy_read_wav),
    ("audio-parts", easy_read_audio_parts),
)


def _part_renderer(fmt: str, part: int) -> Renderer:
    """html, docx or pdf of one part of the plan (ER-8: a plan over 20 pages is split)."""

    def render_part(request: RenderRequest) -> bytes:
        doc = build(request.plan, part=part)
        if fmt == "html":
            from service.documents.easyread.html import render_html

            return render_html(doc)
        if fmt == "docx":
            from service.documents.easyread.docx import render_docx
            from service.documents.view import DocumentView

            return render_docx(doc, DocumentView(request))
        from service.documents.easyread.pdf import render_pdf

        return render_pdf(doc)

    return render_part


def register_all() -> None:
    """Declare the formats if the documents package has not (same media types), then register.

    The audio format's requirement is replaced so it checks for the MP3 encoder too."""
    register_format("html", "text/html; charset=utf-8", "html", "council")
    register_format("docx", DOCX_TYPE, "docx", "council")
    register_format("pdf", "application/pdf", "pdf", "council", availability.weasyprint)
    register_format("audio", "audio/mpeg", "mp3", VARIANT, _mp3_requirement, replace=True)
    register_format("wav", "audio/wav", "wav", VARIANT, espeak_missing)
    register_format("audio-parts", "application/zip", "zip", VARIANT, espeak_missing)
    for name, renderer in RENDERERS:
        register(name, VARIANT, renderer, replace=True)
    for part in range(1, part_count() + 1):
        for fmt in ("html", "docx", "pdf"):
            register(fmt, f"{VARIANT}-part-{part}", _part_renderer(fmt, part), replace=True)
