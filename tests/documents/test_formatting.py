from __future__ import annotations

from datetime import date
from decimal import Decimal

from service.documents.formatting import join_items, long_date, money, money_per, units
from service.documents.markdown import escape_inline, parse, to_html
from service.documents.view import filename
from service.plan import Plan


def test_money_is_british_with_thousands_and_pence_rounded_half_up() -> None:
    assert money(Decimal("1234.5")) == "£1,234.50"
    assert money(Decimal("0.005")) == "£0.01"
    assert money_per(Decimal("182.5"), "week") == "£182.50 a week"
    assert money_per(Decimal("9490"), "year") == "£9,490.00 a year"


def test_dates_are_day_month_year_in_words() -> None:
    assert long_date(date(2027, 3, 3)) == "3 March 2027"


def test_units_are_plural_only_when_not_one() -> None:
    assert units(Decimal("1"), "hour") == "1 hour"
    assert units(Decimal("2.50"), "hour") == "2.5 hours"


def test_items_join_as_sentences_or_with_semicolons() -> None:
    assert join_items(["a", "b"]) == "a; b"
    assert join_items(["One.", "Two."]) == "One. Two."


def test_escaped_text_never_becomes_markup() -> None:
    for text in [
        "# heading",
        "- item",
        "1. item",
        "| a | b |",
        "<script>x</script>",
        "**b**",
        "---",
    ]:
        html = to_html(parse(escape_inline(text)))
        assert html.startswith("<p>"), (text, html)
        assert "<script" not in html and "<strong" not in html and "<h1" not in html


def test_file_name_names_the_person_the_variant_and_the_revision() -> None:
    plan = Plan.model_validate({"person": {"name": "Florence Brown"}})
    assert filename(plan, "council", "docx", 7) == "care-plan-florence-brown-r7.docx"
    assert filename(plan, "my-plan", "pdf", None) == "care-plan-florence-brown-my-plan.pdf"
