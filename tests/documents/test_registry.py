from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from service.documents import (
    available_formats,
    register,
    register_format,
    registry,
    render,
    variants,
)
from service.documents.registry import RenderRequest, normalise_findings
from service.errors import InvalidInput, Unavailable
from service.plan import Plan

TEXT_VARIANTS = {"council", "my-plan", "large-print", "one-page-profile", "contingency"}


@pytest.fixture
def scratch_registry() -> Iterator[None]:
    """Registrations made by a test are undone afterwards: the registry is process-wide."""
    registry.formats()  # load the built-in and plug-in registrations first
    saved = {
        name: dataclasses.replace(info, renderers=dict(info.renderers))
        for name, info in registry._FORMATS.items()
    }
    yield
    registry._FORMATS.clear()
    registry._FORMATS.update(saved)


def test_every_text_format_offers_every_variant() -> None:
    for fmt in ("html", "md", "txt"):
        assert set(variants(fmt)) >= TEXT_VARIANTS, fmt


def test_available_formats_reports_each_format_with_a_reason_when_missing() -> None:
    rows = {row["format"]: row for row in available_formats()}
    assert {"html", "md", "txt", "json"} <= rows.keys()
    assert rows["html"]["available"] is True and rows["html"]["reason"] is None
    for row in rows.values():
        assert row["available"] == (row["reason"] is None)


def test_unknown_format_and_variant_are_invalid_input_naming_the_choices(florence: Plan) -> None:
    with pytest.raises(InvalidInput) as error:
        render(florence, "odt")
    assert error.value.errors[0]["path"] == "format"
    with pytest.raises(InvalidInput) as error:
        render(florence, "html", "poster")
    assert "council" in error.value.errors[0]["message"]


@pytest.mark.usefixtures("scratch_registry")
def test_a_plug_in_can_register_a_variant_and_is_called_with_the_request(florence: Plan) -> None:
    seen: list[RenderRequest] = []

    def renderer(request: RenderRequest) -> bytes:
        seen.append(request)
        return b"custom"

    register("txt", "test-plugin", renderer, replace=True)
    assert render(florence, "txt", "test-plugin", revision=4) == b"custom"
    assert seen[0].revision == 4 and seen[0].variant == "test-plugin"
    with pytest.raises(ValueError):
        register("txt", "test-plugin", renderer)


@pytest.mark.usefixtures("scratch_registry")
def test_a_format_whose_tool_is_missing_is_unavailable_not_a_crash(florence: Plan) -> None:
    register_format("braille-test", "text/plain", "brf", "council", lambda: "liblouis is missing")
    register("braille-test", "council", lambda request: b"")
    row = next(r for r in available_formats() if r["format"] == "braille-test")
    assert row == row | {"available": False, "reason": "liblouis is missing"}
    with pytest.raises(Unavailable, match="liblouis"):
        render(florence, "braille-test")


def test_findings_are_normalised_from_objects_or_dicts_most_serious_first() -> None:
    class RuleFinding:
        rule_id, severity, message, citation, path = (
            "LCC-03",
            "warning",
            "Risk lacks measures",
            "",
            "",
        )

    found = normalise_findings(
        [RuleFinding(), {"rule": "CA-06", "level": "error", "title": "No budget"}]
    )
    assert [(f.rule_id, f.severity) for f in found] == [("CA-06", "error"), ("LCC-03", "warning")]


def test_registrations_made_in_a_test_are_undone() -> None:
    assert "braille-test" not in registry.formats()
    assert "test-plugin" not in variants("txt")


def test_rendering_every_format_imports_no_django() -> None:
    """The documents are domain code (ARCHITECTURE.md): usable without Django or a database."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from service.demo import load_demo_plan\n"
        "from service.documents import render\n"
        "plan = load_demo_plan('florence-and-mary')\n"
        "for fmt in ('html', 'md', 'txt', 'json', 'docx', 'fhir', 'ics'): render(plan, fmt)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'ninja')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
