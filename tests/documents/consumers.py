"""Every DOCX and PDF the registry makes, rendered once per test session, and the outside tools
that open them: LibreOffice converts every DOCX (one soffice call, run while the PDFs render)
and pikepdf + pdftotext read every PDF.

The cases come from the registry, so a variant registered later (easy read and its parts) is
covered without touching the tests.
"""

from __future__ import annotations

import html
import io
import multiprocessing
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pikepdf

from service.documents import render
from service.documents.registry import variants
from service.plan import Plan
from tests.documents.plans import demo_plans, empty_plan, hostile_plan

REVISION = 2
Case = tuple[str, str]  # (plan name, variant)


def all_plans() -> dict[str, Plan]:
    """Every demo plan, the hostile plan and the empty plan, by name."""
    return {**demo_plans(), "hostile": hostile_plan(), "empty": empty_plan()}


def cases(format: str) -> list[Case]:
    """Every (plan, variant) the registry can render in ``format``."""
    return [(name, variant) for name in all_plans() for variant in variants(format)]


@dataclass
class LibreOffice:
    """One soffice conversion of many DOCX files to PDF, started in the background."""

    sources: list[Path]
    outdir: Path
    process: subprocess.Popen[bytes] | None = None
    log: IO[str] | None = None
    returncode: int | None = None
    output: str = ""

    def start(self, profile: Path) -> None:
        if shutil.which("soffice") is None:
            self.output = "LibreOffice (soffice) is required: make system-deps"
            return
        command = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless"]
        # its own profile so parallel runs never collide; output to a file, never a full pipe
        self.log = (self.outdir.parent / "soffice.log").open("w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [
                *command,
                "--convert-to",
                "pdf",
                "--outdir",
                str(self.outdir),
                *map(str, self.sources),
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, timeout: float = 600) -> None:
        if self.process is not None and self.log is not None:
            self.returncode = self.process.wait(timeout=timeout)
            self.log.seek(0)
            self.output = self.log.read()
            self.log.close()

    def missing_or_empty(self) -> list[str]:
        """The sources whose PDF was not made, is empty or has no page."""
        return [
            source.name
            for source in self.sources
            if not _is_pdf_with_pages(self.outdir / f"{source.stem}.pdf")
        ]


def _is_pdf_with_pages(path: Path) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    data = path.read_bytes()
    return data.startswith(b"%PDF") and re.search(rb"/Type\s*/Page\b", data) is not None


@dataclass
class Rendered:
    """The session's documents: bytes by (plan, variant), and the LibreOffice run over the DOCX."""

    docx: dict[Case, bytes] = field(default_factory=dict)
    pdf: dict[Case, bytes] = field(default_factory=dict)
    libreoffice: LibreOffice | None = None


def render_all(plans: dict[str, Plan], workdir: Path) -> Rendered:
    """Render every DOCX, start soffice on them, render every PDF meanwhile, then wait.

    The renders run in worker processes (one a core): WeasyPrint is the slow step and the
    machine has cores to spare while soffice runs."""
    done = Rendered()
    context = multiprocessing.get_context("spawn")  # no fork of a process that has threads
    with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=context) as pool:
        done.docx = _render_many(pool, plans, "docx")
        done.libreoffice = _convert(done.docx, workdir)
        done.pdf = _render_many(pool, plans, "pdf")
    done.libreoffice.wait()
    return done


def _render_many(
    pool: ProcessPoolExecutor, plans: dict[str, Plan], format: str
) -> dict[Case, bytes]:
    jobs = sorted(cases(format), key=lambda case: -_COST.get(case[1].split("-part-")[0], 1))
    made = pool.map(
        _render_one,
        [plans[name] for name, _ in jobs],
        [format] * len(jobs),
        [variant for _, variant in jobs],
    )
    return dict(zip(jobs, made, strict=True))


# Rough relative render times, so the long renders start first and the workers finish together.
_COST = {"council": 5, "large-print": 5, "easy-read": 4}


def _render_one(plan: Plan, format: str, variant: str) -> bytes:
    return render(plan, format, variant, revision=REVISION)


def _convert(docx: dict[Case, bytes], workdir: Path) -> LibreOffice:
    (workdir / "docx").mkdir()
    sources = []
    for (name, variant), data in docx.items():
        sources.append(workdir / "docx" / f"{name}--{variant}.docx")
        sources[-1].write_bytes(data)
    office = LibreOffice(sources, workdir / "pdf")
    office.start(workdir / "profile")
    return office


def structure_problems(data: bytes, title: str) -> list[str]:
    """P-1 to P-3 as pikepdf sees them: tagged, en-GB, titled, PDF/UA, fonts embedded, alt text."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return list(_catalogue_problems(pdf, title)) + _fonts_not_embedded(pdf) + _no_alt(pdf)


def _catalogue_problems(pdf: pikepdf.Pdf, title: str) -> Iterator[str]:
    root = pdf.Root
    if "/StructTreeRoot" not in root:
        yield "no structure tree"
    if str(root.get("/Lang", "")) != "en-GB":
        yield f"document language is {root.get('/Lang')!r}"
    if not _flag(root, "/MarkInfo", "/Marked"):
        yield "not marked as tagged"
    if not _flag(root, "/ViewerPreferences", "/DisplayDocTitle"):
        yield "viewer does not show the document title"
    if str(pdf.docinfo.get("/Title", "")) != title:
        yield f"title is {str(pdf.docinfo.get('/Title', ''))!r}, the page's is {title!r}"
    if "/Metadata" not in root or b"pdfuaid:part" not in bytes(root.Metadata.read_bytes()):
        yield "no PDF/UA identification in the XMP metadata"


def _flag(root: pikepdf.Object, holder: str, key: str) -> bool:
    """A boolean entry of a dictionary in the catalogue; False when either is missing."""
    inner = root.get(holder)
    return isinstance(inner, pikepdf.Dictionary) and bool(inner.get(key, False))


def _fonts_not_embedded(pdf: pikepdf.Pdf) -> list[str]:
    embedded = ("/FontFile", "/FontFile2", "/FontFile3")
    return [
        f"font {obj.get('/FontName')} is not embedded"
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Dictionary)
        and obj.get("/Type") == "/FontDescriptor"
        and not any(key in obj for key in embedded)
    ]


def _no_alt(pdf: pikepdf.Pdf) -> list[str]:
    return [
        "figure without alt text"
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Figure" and "/Alt" not in obj
    ]


def pdf_text(data: bytes) -> str:
    """The text a screen reader or a search gets, in pdftotext's reading order."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is required"
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def page_title(page: str) -> str:
    """The ``<title>`` of an HTML page, as a person's browser shows it."""
    found = re.search(r"<title>(.*?)</title>", page, flags=re.S)
    return html.unescape(found.group(1)) if found else ""


def page_headings(page: str) -> list[str]:
    """The text of every h1 to h3 of an HTML page, in order, on one line each."""
    return [
        " ".join(html.unescape(re.sub(r"<[^>]+>", "", inner)).split())
        for inner in re.findall(r"<h[1-3]\b[^>]*>(.*?)</h[1-3]>", page, flags=re.S)
    ]


def headings_out_of_order(text: str, headings: list[str]) -> list[str]:
    """The headings missing from ``text`` or found before the heading above them.

    Only letters and digits are compared: pdftotext joins a word hyphenated at a line end
    ("one-" / "handed" becomes "onehanded"), drops zero-width joiners inside emoji, wraps
    right-to-left runs in bidi marks and moves a bracket next to them, and a heading may wrap
    anywhere. None of that changes the words or their order, which is what is checked."""
    flat, position, wrong = _squeeze(text), 0, []
    for heading in headings:
        found = flat.find(_squeeze(heading), position)
        if found == -1:
            wrong.append(heading)
        else:
            position = found + len(_squeeze(heading))
    return wrong


def _squeeze(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)
