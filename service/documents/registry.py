"""The registry of document formats and variants, and the one entry point ``render``.

A *format* is a file type (html, docx, pdf ...) with a media type, an extension and, where it
needs one, an outside tool. A *variant* is a view of the plan for one audience (council, my-plan
...). A renderer is registered for each (format, variant) pair it can produce:

    from service.documents.registry import register

    def render_easy_read_html(request: RenderRequest) -> bytes: ...

    register("html", "easy-read", render_easy_read_html)

Other packages register at import time; the registry imports the built-in renderers and the
optional plug-in packages in ``PLUGIN_MODULES`` the first time it is used, so callers only ever
import ``render``.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from service.errors import InvalidInput, Unavailable
from service.plan.models import Plan

# Packages that register renderers when imported. A missing package is not an error (it may not
# have landed yet); an import error *inside* one is, so a broken plug-in never hides silently.
PLUGIN_MODULES: tuple[str, ...] = ("service.documents.builtin", "service.documents.easyread")


@dataclass(frozen=True)
class Finding:
    """A rule finding as the documents show it (normalised from the rules engine's objects)."""

    rule_id: str
    severity: str
    message: str
    citation: str = ""
    path: str = ""


@dataclass(frozen=True)
class RenderRequest:
    """Everything a renderer may read. Renderers are pure functions of this."""

    plan: Plan
    format: str
    variant: str
    findings: tuple[Finding, ...] = ()
    revision: int | None = None
    generated_at: datetime | None = None


Renderer = Callable[[RenderRequest], bytes]
# Returns None when the format can be produced here, else the reason it cannot.
Requirement = Callable[[], str | None]


@dataclass
class FormatInfo:
    name: str
    media_type: str
    extension: str
    default_variant: str
    requirement: Requirement | None = None
    renderers: dict[str, Renderer] = field(default_factory=dict)


_FORMATS: dict[str, FormatInfo] = {}
_LOCK = threading.Lock()
_loaded = False


def register_format(
    name: str,
    media_type: str,
    extension: str,
    default_variant: str,
    requirement: Requirement | None = None,
    *,
    replace: bool = False,
) -> FormatInfo:
    """Declare a format; re-declaring keeps its renderers unless ``replace`` is set."""
    existing = _FORMATS.get(name)
    if existing and not replace:
        return existing
    info = FormatInfo(name, media_type, extension, default_variant, requirement)
    if existing:
        info.renderers = existing.renderers
    _FORMATS[name] = info
    return info


def register(format: str, variant: str, renderer: Renderer, *, replace: bool = False) -> None:
    """Register ``renderer`` for ``(format, variant)``; the format must be declared first."""
    info = _FORMATS.get(format)
    if info is None:
        raise ValueError(f"unknown format {format!r}: call register_format first")
    if variant in info.renderers and not replace:
        raise ValueError(f"a renderer for {format}/{variant} is already registered")
    info.renderers[variant] = renderer


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    with _LOCK:
        if _loaded:
            return
        for module in PLUGIN_MODULES:
            _import_plugin(module)
        _loaded = True


def _import_plugin(module: str) -> None:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name != module:
            raise


def formats() -> dict[str, FormatInfo]:
    _ensure_loaded()
    return dict(_FORMATS)


def format_info(name: str) -> FormatInfo:
    info = formats().get(name)
    if info is None:
        known = ", ".join(sorted(_FORMATS))
        raise InvalidInput([{"path": "format", "message": f"Unknown format: use one of {known}"}])
    return info


def variants(format: str) -> list[str]:
    return sorted(format_info(format).renderers)


def unavailable_reason(info: FormatInfo) -> str | None:
    if not info.renderers:
        return "No renderer is installed for this format"
    return info.requirement() if info.requirement else None


def available_formats() -> list[dict[str, Any]]:
    """What this installation can produce, saying why a format is missing rather than failing."""
    rows = []
    for name, info in sorted(formats().items()):
        reason = unavailable_reason(info)
        rows.append(
            {
                "format": name,
                "available": reason is None,
                "reason": reason,
                "media_type": info.media_type,
                "extension": info.extension,
                "variants": sorted(info.renderers),
                "default_variant": info.default_variant,
            }
        )
    return rows


def _renderer(info: FormatInfo, variant: str) -> Renderer:
    renderer = info.renderers.get(variant)
    if renderer is None:
        choices = ", ".join(sorted(info.renderers)) or "none"
        message = f"The {info.name} format has no {variant!r} variant: use one of {choices}"
        raise InvalidInput([{"path": "variant", "message": message}])
    reason = unavailable_reason(info)
    if reason:
        raise Unavailable(
            f"{info.name} documents cannot be made here: {reason}", {"format": info.name}
        )
    return renderer


def render(
    plan: Plan,
    format: str,
    variant: str | None = None,
    findings: Iterable[Any] | None = None,
    *,
    revision: int | None = None,
    generated_at: datetime | None = None,
) -> bytes:
    """Render one plan revision as ``format``/``variant``: the same inputs give the same bytes."""
    info = format_info(format)
    chosen = variant or info.default_variant
    renderer = _renderer(info, chosen)
    request = RenderRequest(
        plan, format, chosen, normalise_findings(findings), revision, generated_at
    )
    return renderer(request)


# --- findings from the rules engine, whatever their exact shape -----------------------------------

_KEYS: Mapping[str, tuple[str, ...]] = {
    "rule_id": ("rule_id", "rule", "id", "code"),
    "severity": ("severity", "level"),
    "message": ("message", "explanation", "plain", "title", "summary"),
    "citation": ("citations", "citation", "source", "cite"),
    "path": ("paths", "path", "where"),
}
# The rules engine's levels (service.rules.Level) as the documents word them.
_SEVERITY = {"must": "error", "should": "warning", "good": "advice"}
# Most serious first on the cover page.
SEVERITY_ORDER = {"error": 0, "warning": 1, "advice": 2}


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)


def _as_text(value: Any) -> str:
    if isinstance(value, list | tuple):  # several citations or paths
        return "; ".join(_as_text(v) for v in value if v)
    value = _get(value, "title") or value if not isinstance(value, str) else value
    return str(getattr(value, "value", value))


def _pick(item: Any, keys: tuple[str, ...]) -> str:
    for key in keys:
        value = _get(item, key)
        if value not in (None, "", []):
            return _as_text(value)
    return ""


def _finding(item: Any) -> Finding:
    found = {field: _pick(item, keys) for field, keys in _KEYS.items()}
    found["severity"] = _SEVERITY.get(found["severity"], found["severity"])
    return Finding(**found)


def normalise_findings(findings: Iterable[Any] | None) -> tuple[Finding, ...]:
    """Accept the rules engine's findings (or plain dicts); keep failures only (a report lists
    passes too) and order them most serious first, then by rule."""
    if not findings:
        return ()
    items = [
        item if isinstance(item, Finding) else _finding(item)
        for item in findings
        if _as_text(_get(item, "status") or "fail") == "fail"
    ]
    return tuple(
        sorted(items, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule_id, f.path))
    )
