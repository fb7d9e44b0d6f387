"""Loading rule packs from ``rules/`` and compiling them, failing loudly on any mistake.

Layout: every folder directly under ``rules/`` except ``local`` is a pack that always applies
(``care_act_2014``, ``good_practice``): ``pack.yaml`` describes it, every other ``*.yaml`` holds
rules. ``rules/local/<council>.yaml`` is a local pack in one file, chosen by name (a plan's
``rule_pack``). A council adds its own file; no code changes.

A malformed pack raises ``RulePackInvalid`` naming the file and the rule id, at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from service.errors import CareplanError, NotFound
from service.plan.models import Plan
from service.rules.messages import Template, compile_template
from service.rules.models import Citation, Examples, Level, Verified
from service.rules.paths import Path as PlanPath
from service.rules.paths import Shape
from service.rules.primitives import Compiler, Cond, SpecError, Types

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
LOCAL = "local"
_RULE_KEYS = {"id", "title", "level", "verified", "citations", "applies", "check", "message"}
_RULE_KEYS |= {"easy_read", "examples", "notes"}
_BLOCK_KEYS = {"when", "every", "where", "require", "at", "message", "easy_read"}
_ROOT = Types(Shape(Plan), Shape(Plan))
_KIND_ORDER = {"national": 0, "local": 1, "good_practice": 2}


class RulePackInvalid(CareplanError):
    """A rule pack that cannot be used. Raised at load; never reaches a person."""


@dataclass(frozen=True, slots=True)
class Parameter:
    """A local threshold that changes over time: the value in force on a date."""

    name: str
    description: str
    source: str
    values: tuple[tuple[date, Any], ...]  # (in force from, value), oldest first

    def on(self, day: date | None) -> Any:
        if day is None:
            return self.values[-1][1]
        in_force = [value for start, value in self.values if start <= day]
        return in_force[-1] if in_force else self.values[0][1]


@dataclass(frozen=True, slots=True)
class Block:
    """One check of a rule: optionally for every item of a list, a requirement to meet."""

    when: Cond | None
    every: PlanPath | None
    where: Cond | None
    require: tuple[Cond, ...]
    at: PlanPath | None
    message: Template
    easy_read: Template


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    level: Level
    verified: Verified
    citations: tuple[Citation, ...]
    applies: Cond | None
    blocks: tuple[Block, ...]
    examples: Examples
    spec: dict[str, Any]  # as written, for the rulebook and GET /api/rules
    pack: str
    source: str
    # One list shared by this rule's findings (read-only by convention), not a copy per finding.
    citation_list: list[Citation]

    @property
    def effective_level(self) -> Level:
        """A MUST whose source text is unverified ships as a warning until confirmed."""
        if self.level is Level.must and self.verified is Verified.U:
            return Level.should
        return self.level


@dataclass(frozen=True, slots=True)
class RulePack:
    name: str
    title: str
    kind: str  # national | good_practice | local
    description: str
    rules: tuple[Rule, ...]
    parameters: dict[str, Parameter]

    def params_on(self, day: date | None) -> dict[str, Any]:
        return {name: p.on(day) for name, p in self.parameters.items()}


# --- reading files -----------------------------------------------------------------------------


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RulePackInvalid(f"{_rel(path)}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise RulePackInvalid(f"{_rel(path)}: a rule file must be a mapping")
    return data


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(RULES_DIR.parent))
    except ValueError:
        return str(path)


def _number(value: Any) -> Any:
    """Money and rates as Decimal, never float: "1000.00" and 52.143 both become Decimal."""
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return value
    return value


def _parameters(data: dict[str, Any], where: str) -> dict[str, Parameter]:
    params: dict[str, Parameter] = {}
    for name, spec in (data.get("parameters") or {}).items():
        try:
            values = tuple(sorted((v["from"], _number(v["value"])) for v in spec["values"]))
            if not values or not all(isinstance(d, date) for d, _ in values):
                raise ValueError("each value needs a 'from' date")
            params[name] = Parameter(name, spec["description"], spec["source"], values)
        except (KeyError, TypeError, ValueError) as error:
            raise RulePackInvalid(f"{where}: parameter {name!r}: {error}") from None
    return params


# --- compiling rules --------------------------------------------------------------------------


def _block(spec: Any, rule: dict[str, Any], compiler: Compiler) -> Block:
    if not isinstance(spec, dict) or "require" not in spec:
        raise SpecError("each check needs 'require'")
    if unknown := set(spec) - _BLOCK_KEYS:
        raise SpecError(f"unknown key(s) in check: {sorted(unknown)}")
    when = compiler.cond(spec["when"], _ROOT) if "when" in spec else None
    every, types = None, _ROOT
    if "every" in spec:
        every, shape = compiler.path(spec["every"], _ROOT)
        if not shape.is_list or every.many or every.anchor != "item":
            raise SpecError(f"every: {spec['every']!r} must name a list in the plan")
        types = _ROOT.inside(Shape(shape.kind))
    where = compiler.cond(spec["where"], types) if "where" in spec else None
    require = spec["require"]
    parts = require if isinstance(require, list) else [require]
    at = compiler.path(spec["at"], types)[0] if "at" in spec else None
    message = compile_template(spec.get("message", rule.get("message")), compiler, types)
    easy = compile_template(spec.get("easy_read", rule.get("easy_read")), compiler, types)
    conds = tuple(compiler.cond(p, types) for p in parts)
    return Block(when, every, where, conds, at, message, easy)


def _choice(kind: type[Level] | type[Verified], spec: dict[str, Any], key: str) -> Any:
    try:
        return kind(spec[key])
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise SpecError(f"{key} must be one of {allowed}, not {spec[key]!r}") from None


def _rule(spec: dict[str, Any], pack: str, source: str, compiler: Compiler) -> Rule:
    if unknown := set(spec) - _RULE_KEYS:
        raise SpecError(f"unknown key(s) {sorted(unknown)}")
    checks = spec["check"] if isinstance(spec["check"], list) else [spec["check"]]
    try:
        citations = tuple(Citation.model_validate(c) for c in spec["citations"])
        examples = Examples.model_validate(spec["examples"])
        level, verified = _choice(Level, spec, "level"), _choice(Verified, spec, "verified")
    except ValidationError as error:
        raise SpecError(str(error).replace("\n", " ")) from None
    if not citations:
        raise SpecError("every rule cites its source")
    applies = compiler.cond(spec["applies"], _ROOT) if "applies" in spec else None
    blocks = tuple(_block(b, spec, compiler) for b in checks)
    return Rule(
        spec["id"], spec["title"], level, verified, citations, applies, blocks, examples,
        spec, pack, source, list(citations),
    )  # fmt: skip


def _rules(data: dict[str, Any], pack: str, where: str, compiler: Compiler) -> Iterator[Rule]:
    for index, spec in enumerate(data.get("rules") or []):
        rule_id = spec.get("id", f"#{index + 1}") if isinstance(spec, dict) else f"#{index + 1}"
        try:
            if not isinstance(spec, dict):
                raise SpecError("a rule must be a mapping")
            for key in ("id", "title", "level", "verified", "check", "message", "easy_read"):
                if key not in spec:
                    raise SpecError(f"missing {key!r}")
            yield _rule(spec, pack, where, compiler)
        except (SpecError, KeyError, TypeError, ValueError) as error:
            raise RulePackInvalid(f"{where}: rule {rule_id}: {error}") from None


def _pack(name: str, meta: dict[str, Any], files: list[Path], kind: str) -> RulePack:
    where = _rel(files[0])
    params = _parameters(meta, where)
    datas = [(f, _read(f)) for f in files]
    for f, data in datas:
        params |= _parameters(data, _rel(f))
    # Compiling needs parameter names only (values are chosen per plan, by date).
    compiler = Compiler(params)
    rules = tuple(r for f, data in datas for r in _rules(data, name, _rel(f), compiler))
    ids = [r.id for r in rules]
    if dupes := sorted({i for i in ids if ids.count(i) > 1}):
        raise RulePackInvalid(f"{where}: rule ids used twice: {dupes}")
    title, description = meta.get("title", name), meta.get("description", "")
    return RulePack(name, title, kind, description, rules, params)


def load_pack_dir(folder: Path) -> RulePack:
    meta = _read(folder / "pack.yaml")
    files = sorted(p for p in folder.glob("*.yaml") if p.name != "pack.yaml")
    if not files:
        raise RulePackInvalid(f"{_rel(folder)}: a pack folder needs at least one rule file")
    return _pack(meta.get("name", folder.name), meta, files, meta.get("kind", "national"))


def load_pack_file(path: Path) -> RulePack:
    meta = _read(path).get("pack") or {}
    return _pack(meta.get("name", path.stem), meta, [path], "local")


def national_pack_dirs(root: Path = RULES_DIR) -> list[Path]:
    """Packs that always apply, in the order their ``pack.yaml`` gives (national first)."""
    # Only folders with a pack.yaml are packs: rules/parameters/ holds money figures, not rules.
    dirs = [d for d in root.iterdir() if d.name != LOCAL and (d / "pack.yaml").is_file()]
    return sorted(dirs, key=lambda d: (_order(d), d.name))


def _order(folder: Path) -> int:
    return int(_read(folder / "pack.yaml").get("order", 100))


def local_pack_names(root: Path = RULES_DIR) -> list[str]:
    return sorted(p.stem for p in (root / LOCAL).glob("*.yaml"))


@cache
def _load(names: tuple[str, ...], root: Path) -> tuple[RulePack, ...]:
    packs = [load_pack_dir(d) for d in national_pack_dirs(root)]
    for name in names:
        path = root / LOCAL / f"{name}.yaml"
        if not path.is_file():
            raise NotFound(f"There is no local rule pack called '{name}'")
        packs.append(load_pack_file(path))
    # Findings read national law first, then the council's procedure, then good practice.
    packs.sort(key=lambda p: _KIND_ORDER.get(p.kind, 1))
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise RulePackInvalid(f"{rule.source}: rule {rule.id} is also in {seen[rule.id]}")
            seen[rule.id] = rule.source
    return tuple(packs)


def load_packs(names: list[str] | None = None, root: Path | None = None) -> list[RulePack]:
    """National and good-practice packs always, then the named local packs, in that order."""
    wanted = tuple(dict.fromkeys(n.strip() for n in (names or []) if n and n.strip()))
    return list(_load(wanted, root or RULES_DIR))
