"""Render time per document format for a typical plan and a large plan (200 needs), with pandoc
converting the same Markdown to Word in the same run as the peer baseline.

Targets (issue 5): HTML under 20 ms for a typical plan, Word faster than pandoc on the same
content, PDF under 2 s for 10 pages. Writes docs/bench/documents.md. Runs in under a minute.
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "service.settings")

from service.documents import render  # noqa: E402
from service.plan import Plan  # noqa: E402
from tests.documents.plans import demo_plans, large_plan  # noqa: E402

OUT = ROOT / "docs" / "bench" / "documents.md"
FORMATS = ("html", "md", "txt", "json", "fhir", "ics", "docx")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (pandoc): unlike wall time, this
    does not grow when other processes share the machine."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def median_ms(work: Callable[[], object], repeat: int) -> float:
    """Median CPU milliseconds of ``work`` after one warm-up run (templates compiled, fonts loaded)."""
    work()
    times = []
    for _ in range(repeat):
        start = _cpu()
        work()
        times.append((_cpu() - start) * 1000)
    return statistics.median(times)


def pandoc_ms(markdown: bytes, repeat: int) -> float | None:
    if not shutil.which("pandoc"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "plan.md", Path(tmp) / "plan.docx"
        source.write_bytes(markdown)
        command = ["pandoc", "-f", "gfm", "-t", "docx", "-o", str(target), str(source)]
        return median_ms(lambda: subprocess.run(command, check=True), repeat)


def pdf_pages(data: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def measure(plan: Plan, repeat: int) -> dict[str, float]:
    found = {fmt: median_ms(lambda f=fmt: render(plan, f), repeat) for fmt in FORMATS}  # type: ignore[misc]
    found["pandoc"] = pandoc_ms(render(plan, "md"), repeat) or float("nan")
    return found


def measure_pdf(plan: Plan, variant: str, repeat: int) -> tuple[float, int]:
    ms = median_ms(lambda: render(plan, "pdf", variant), repeat)
    return ms, pdf_pages(render(plan, "pdf", variant))


def table(typical: dict[str, float], large: dict[str, float]) -> list[str]:
    rows = ["| format | typical plan (ms) | large plan, 200 needs (ms) |", "| --- | ---: | ---: |"]
    for fmt in (*FORMATS, "pandoc"):
        label = "pandoc md→docx (peer)" if fmt == "pandoc" else fmt
        rows.append(f"| {label} | {typical[fmt]:.1f} | {large[fmt]:.1f} |")
    return rows


def report(
    typical: dict[str, float], large: dict[str, float], pdfs: list[tuple[str, float, int]]
) -> str:
    per_10 = [ms / pages * 10 for _, ms, pages in pdfs]
    ratio_t, ratio_l = typical["docx"] / typical["pandoc"], large["docx"] / large["pandoc"]
    lines = [
        "## Documents",
        "",
        "`python bench/bench_documents.py`: median CPU time to render (council variant; CPU time,",
        "not wall time, so other work on a shared machine does not inflate it; pandoc's is counted",
        "through its child-process rusage) for the demo plan",
        "`florence-and-mary` (typical) and the same plan grown to 200 needs, outcomes, support lines",
        "and risks (large); pandoc converts the same Markdown to DOCX in the same run as the peer.",
        "",
        *table(typical, large),
        "",
        "| PDF (WeasyPrint, PDF/UA-1) | ms | pages | ms per 10 pages |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {name} | {ms:.0f} | {pages} | {ms / pages * 10:.0f} |" for name, ms, pages in pdfs),
        "",
        "| target | measured | met |",
        "| --- | --- | --- |",
        f"| HTML under 20 ms (typical) | {typical['html']:.1f} ms | {'yes' if typical['html'] < 20 else 'no'} |",
        f"| DOCX faster than pandoc (typical) | {ratio_t:.2f}× pandoc's time | {'yes' if ratio_t < 1 else 'no'} |",
        f"| DOCX faster than pandoc (large) | {ratio_l:.2f}× pandoc's time | {'yes' if ratio_l < 1 else 'no'} |",
        f"| PDF under 2 s per 10 pages | {max(per_10) / 1000:.2f} s (worst) | {'yes' if max(per_10) < 2000 else 'no'} |",
        "",
        f"Machine load while measuring (1-minute average): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    typical = demo_plans()["florence-and-mary"]
    large = large_plan(200)
    typical_ms = measure(typical, repeat=5)
    large_ms = measure(large, repeat=1)
    pdfs = [
        (f"typical, {variant}", *measure_pdf(typical, variant, repeat=1))
        for variant in ("my-plan", "council")
    ]
    text = report(typical_ms, large_ms, pdfs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
