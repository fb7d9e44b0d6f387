"""Easy-read generation time (build, HTML, Word, PDF) for a typical and a large plan, against the
council document of the same plan rendered in the same run (the baseline).

The easy read does more work than the council document: it simplifies and lints every sentence
and puts a picture in every row, so for the fast formats (HTML, Word) the ratio is reported, not
targeted. Targets: the easy-read PDF (the slow format, where layout dominates) within 2x the
council PDF, and the typical plan's HTML, Word and PDF in under 10 s together. Writes
docs/bench/easyread.md. Runs in under a minute.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "service.settings")

from service.demo import load_demo_plan  # noqa: E402
from service.documents import render  # noqa: E402
from service.documents.easyread import build  # noqa: E402
from service.plan import Plan  # noqa: E402
from tests.documents.plans import large_plan  # noqa: E402

OUT = ROOT / "docs" / "bench" / "easyread.md"
FORMATS = ("html", "docx", "pdf")
PDF_RATIO_TARGET = 2.0
TYPICAL_TARGET_S = 10.0


def median_s(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pages(data: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def warm(plan: Plan) -> None:
    """Templates compiled, fonts, pictures and word data loaded, for both documents."""
    for fmt in FORMATS:
        render(plan, fmt, "easy-read")
        render(plan, fmt, "council")


def measure(plan: Plan, repeat: int) -> dict[str, object]:
    doc = build(plan)
    made: dict[str, bytes] = {}

    def easy(fmt: str) -> None:
        made[fmt] = render(plan, fmt, "easy-read")

    row: dict[str, object] = {
        "rows": len(doc.rows()),
        "words": sum(len(line.text.split()) for line in doc.all_lines()),
        "build": median_s(lambda: build(plan), repeat),
    }
    for fmt in FORMATS:
        row[f"easy_{fmt}"] = median_s(lambda f=fmt: easy(f), repeat)
        row[f"council_{fmt}"] = median_s(lambda f=fmt: render(plan, f, "council"), repeat)
    row["pages"] = pages(made["pdf"])
    return row


def markdown(results: dict[str, dict[str, object]]) -> str:
    lines = [
        "## Easy read",
        "",
        "`python bench/bench_easyread.py`: median seconds to make the easy-read document (including",
        "building and linting it) against the council document of the same plan in the same run.",
        f"Targets: the easy-read PDF within {PDF_RATIO_TARGET:g}x the council PDF; the typical plan's",
        f"HTML, Word and PDF in under {TYPICAL_TARGET_S:g} s together. HTML and Word ratios are reported:",
        "there the easy read's own work (simplifying, linting, pictures) dominates.",
        "",
        "| plan | rows | words | PDF pages | build s | format | easy read s | council s | ratio |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for name, r in results.items():
        for fmt in FORMATS:
            easy, council = float(r[f"easy_{fmt}"]), float(r[f"council_{fmt}"])  # type: ignore[arg-type]
            lines.append(
                f"| {name} | {r['rows']} | {r['words']} | {r['pages']} | {float(r['build']):.2f} | {fmt} | "  # type: ignore[arg-type]
                f"{easy:.2f} | {council:.2f} | {easy / council:.1f}x |"
            )
    typical = results["typical"]
    total = sum(float(typical[f"easy_{f}"]) for f in FORMATS)  # type: ignore[arg-type]
    lines += ["", f"Typical plan, all three formats: {total:.2f} s."]
    return "\n".join(lines) + "\n"


def main() -> int:
    typical = load_demo_plan("florence-and-mary")
    warm(typical)
    results = {
        "typical": measure(typical, repeat=1),
        "large": measure(large_plan(needs=10), repeat=1),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(markdown(results), encoding="utf-8")
    print(OUT.read_text(encoding="utf-8"))
    typical = results["typical"]
    total = sum(float(typical[f"easy_{f}"]) for f in FORMATS)  # type: ignore[arg-type]
    ratios_ok = all(
        float(r["easy_pdf"]) <= PDF_RATIO_TARGET * float(r["council_pdf"])  # type: ignore[arg-type]
        for r in results.values()
    )
    return 0 if ratios_ok and total < TYPICAL_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
