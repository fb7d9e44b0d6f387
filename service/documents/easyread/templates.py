"""The fixed words of the easy-read plan, from ``plan_templates/easyread/text.yaml``.

``say("support.eligible", ...)`` renders one Jinja2 sentence template with the plan's facts.
Undefined names fail loudly: a missing fact must never print as an empty gap.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, StrictUndefined, Template

from service.documents.easyread.lexicon import TEMPLATES_DIR, load_yaml

_ENV = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


@cache
def words() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(TEMPLATES_DIR / "text.yaml")
    return data


def _lookup(key: str) -> str:
    node: Any = words()
    for part in key.split("."):
        node = node[part]
    if not isinstance(node, str):
        raise KeyError(f"plan_templates/easyread/text.yaml: {key!r} is not a sentence")
    return node


@cache
def _template(key: str) -> Template:
    return _ENV.from_string(_lookup(key))


def say(key: str, **values: Any) -> str:
    """The sentence(s) at ``key`` with ``values`` filled in."""
    return _template(key).render(**values).strip()


def has(key: str) -> bool:
    try:
        _lookup(key)
    except KeyError:
        return False
    return True
