"""Registers the formats and variants this package writes (imported by the registry)."""

from __future__ import annotations

from service.documents import availability
from service.documents.calendar import render_ics
from service.documents.compose import TEXT_VARIANTS
from service.documents.data import render_json
from service.documents.fhir import render_fhir
from service.documents.html import render_html
from service.documents.pdf import render_pdf
from service.documents.registry import register, register_format
from service.documents.text import render_md, render_txt
from service.documents.word import render_docx

register_format("html", "text/html; charset=utf-8", "html", "council")
register_format("md", "text/markdown; charset=utf-8", "md", "council")
register_format("txt", "text/plain; charset=utf-8", "txt", "council")
register_format(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
    "council",
)
register_format("pdf", "application/pdf", "pdf", "council", availability.weasyprint)
register_format("json", "application/json", "json", "data")
register_format("fhir", "application/fhir+json", "fhir.json", "data")
register_format("ics", "text/calendar; charset=utf-8", "ics", "data")
register_format("audio", "audio/mpeg", "mp3", "easy-read", availability.espeak)

for _variant in TEXT_VARIANTS:
    register("html", _variant, render_html)
    register("md", _variant, render_md)
    register("txt", _variant, render_txt)
    register("docx", _variant, render_docx)
    register("pdf", _variant, render_pdf)
register("json", "data", render_json)
register("fhir", "data", render_fhir)
register("ics", "data", render_ics)
