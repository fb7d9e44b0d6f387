"""Whatever is uploaded, the importer answers with a plan or a clear error naming ``file``."""

from __future__ import annotations

import io
import random
import time
import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.errors import CareplanError, InvalidInput, TooLarge
from service.importer import MAX_UPLOAD_BYTES, import_document, import_text
from service.importer.readers import MAX_UNPACKED_BYTES
from tests.importer.helpers import FIXTURES

DOCX = FIXTURES / "b_headed_paragraphs.docx"


def _refused(data: bytes, filename: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        import_document(data, filename)
    assert caught.value.errors[0]["path"] == "file"
    assert caught.value.errors[0]["message"]
    return caught.value


def test_empty_file() -> None:
    assert "empty" in _refused(b"", "plan.docx").message
    assert "empty" in _refused(b"  \n\n ", "plan.txt").message


def test_not_a_docx_with_a_docx_name() -> None:
    error = _refused(b"%PDF-1.7 this is really a PDF", "plan.docx")
    assert "not a Word document" in error.message


def test_a_zip_that_is_not_a_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "damaged" in _refused(buffer.getvalue(), "plan.docx").message


def test_zip_bomb_is_refused_before_unpacking() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (MAX_UNPACKED_BYTES + 1))
    assert len(buffer.getvalue()) < MAX_UPLOAD_BYTES
    assert "unpacks" in _refused(buffer.getvalue(), "plan.docx").message


def test_over_five_megabytes_is_too_large() -> None:
    with pytest.raises(TooLarge) as caught:
        import_document(b"a" * (MAX_UPLOAD_BYTES + 1), "plan.txt")
    assert caught.value.details["path"] == "file"
    assert caught.value.code.value == "too_large"


@pytest.mark.slow
def test_five_megabytes_of_long_paragraphs_is_read() -> None:
    paragraph = ("Maintaining personal hygiene: help to shower. " * 100).encode() + b"\n\n"
    data = b"=== ELIGIBLE NEEDS ===\n" + paragraph * ((MAX_UPLOAD_BYTES - 30) // len(paragraph))
    assert MAX_UPLOAD_BYTES - len(paragraph) < len(data) <= MAX_UPLOAD_BYTES
    result = import_document(data, "plan.txt")
    assert len(result.plan.needs) == (MAX_UPLOAD_BYTES - 30) // len(paragraph)


def test_too_many_lines_is_refused_quickly() -> None:
    data = b"=== ELIGIBLE NEEDS ===\n" + b"Need: Toileting\n" * 100_000
    assert "lines" in _refused(data, "plan.txt").message


def test_too_many_paragraphs_is_refused() -> None:
    data = "=== ELIGIBLE NEEDS ===\n" + "Need: Toileting\n" * 10_001
    with pytest.raises(InvalidInput, match="paragraphs"):
        import_text(data)


def test_binary_junk() -> None:
    junk = random.Random(0).randbytes(4096)
    assert "not text" in _refused(junk, "plan.txt").message
    assert "not a Word document" in _refused(junk, "plan.docx").message


def test_unsupported_file_type() -> None:
    assert ".docx" in _refused(b"hello", "plan.pdf").message


def test_text_with_nul_bytes() -> None:
    _refused(b"Name: Jo\x00\x00\x00 Bloggs", "plan.txt")


def test_windows_and_utf16_exports_are_read() -> None:
    text = "=== PERSONAL BUDGET ===\nPersonal budget: £120.50 per week\n"
    for data in (text.encode("cp1252"), text.encode("utf-16")):
        result = import_document(data, "export.txt")
        assert str(result.plan.personal_budget.total) == "120.50"


def test_a_wrong_nhs_number_is_kept_unplaced_not_fatal() -> None:
    result = import_text("Name: Jo Bloggs\nNHS number: 999 787 7890\n")
    assert result.plan.person.name == "Jo Bloggs"
    assert result.plan.person.nhs_number is None
    [item] = result.unplaced
    assert item.ref == "line 2" and "check digit" in (item.reason or "")


def test_an_overlong_value_goes_back_to_unplaced() -> None:
    result = import_text("=== SERVICES ===\nService: Home care\nProvider: " + "A" * 600 + "\n")
    assert result.plan.support[0].provider is None
    assert [u.ref for u in result.unplaced] == ["line 3"]


def test_a_giant_paragraph_is_kept_not_placed() -> None:
    result = import_text("=== ELIGIBLE NEEDS ===\n" + "word " * 5000)
    assert result.plan.needs == []
    reasons = {u.ref: u.reason or "" for u in result.unplaced}
    assert "too long" in reasons["line 2"] and "nothing under it" in reasons["line 1"]


def test_docx_with_nested_and_merged_tables() -> None:
    document = docx.Document()
    document.add_heading("Services provided", 1)
    table = document.add_table(rows=3, cols=3)
    for c, header in enumerate(("Service", "Provider", "Hours per week")):
        table.cell(0, c).text = header
    for c, value in enumerate(("Home care", "Lincs Care Ltd", "7")):
        table.cell(1, c).text = value
    merged = table.cell(2, 0).merge(table.cell(2, 2))
    merged.text = "Weekend cover to be agreed"
    merged.add_table(rows=1, cols=1).cell(0, 0).text = "nested note"
    buffer = io.BytesIO()
    document.save(buffer)
    result = import_document(buffer.getvalue(), "plan.docx")
    assert result.plan.support[0].units_per_week == 7
    quotes = {e.ref: e.quote for entries in result.plan.provenance.values() for e in entries}
    # The nested table is read as a table of its own, with a ref that says where it sits.
    assert quotes["table 1 row 3 cell 1 table 1 row 1 cell 1"] == "nested note"
    # The merged row's cell is read once, not once per grid column it spans.
    assert [s.description for s in result.plan.support].count("Weekend cover to be agreed") == 1
    assert result.units == result.placed + len(result.unplaced) == 9


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=400))
def test_any_text_gives_a_valid_draft(text: str) -> None:
    try:
        result = import_text(text)
    except CareplanError:
        return
    assert result.units == result.placed + len(result.unplaced)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "=== SERVICES ===",
                "=== PERSONAL BUDGET ===",
                "=== ELIGIBLE NEEDS ===",
                "=== REVIEW ===",
                "Service: Home care",
                "Hours: 7 hours a week",
                "Rate: £18.50 per hour",
                "Weekly cost: £130.00",
                "Personal budget: £12,000 per year",
                "Your contribution: £30.00 per week",
                "Eligible: No",
                "Need: Managing toilet needs",
                "Review date: 31/02/2027",
                "Then every 99 months",
                "Provider: Lincs Care Ltd",
                "Service | Provider | Hours per week | Weekly cost",
                "Home care | X Ltd | 7 | £1,000,000,000,000.00",
                "Total | | | £5.00",
                "Emergency contact: (07700 900123)",
                "Carer: ",
                "",
            ]
        ),
        max_size=25,
    )
)
def test_any_arrangement_of_council_lines_gives_a_valid_draft(lines: list[str]) -> None:
    result = import_text("\n".join(lines))
    assert result.units == result.placed + len(result.unplaced)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_damaged_word_document_gives_a_draft_or_a_clear_error(
    flips: list[tuple[int, int]],
) -> None:
    data = bytearray(DOCX.read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    try:
        result = import_document(bytes(data), "plan.docx")
    except CareplanError as error:
        assert isinstance(error, InvalidInput) and error.errors[0]["path"] == "file"
        return
    assert result.units == result.placed + len(result.unplaced)


def test_the_largest_document_allowed_imports_in_linear_time() -> None:
    """10,000 units, half of them unreadable: the work per unit must not grow with the document."""
    text = "=== ELIGIBLE NEEDS ===\n" + "".join(
        f"Need: toileting {i}\nEligible: maybe\n" for i in range(4_999)
    )
    started = time.perf_counter()
    result = import_text(text)
    assert time.perf_counter() - started < 8  # about 1.5 s on 2 cores; quadratic took 40 s
    assert len(result.unplaced) == 4_999 and len(result.plan.needs) == 4_999


def test_hundreds_of_refused_values_are_all_returned_unplaced() -> None:
    text = "=== SERVICES ===\n" + "".join(
        f"Service: care {i}\nProvider: {'A' * 600}\n" for i in range(300)
    )
    result = import_text(text)
    assert len(result.plan.support) == 300
    assert all(line.provider is None for line in result.plan.support)
    assert len(result.unplaced) == 300
