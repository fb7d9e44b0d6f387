"""The check language: a small set of named, declarative primitives, compiled once at load.

Why primitives and not CEL: cel-python took 65 ms to run ONE "every need has ..." expression over
200 needs, and the catalogue has 67 rules against a 20 ms budget. Named primitives compile to
Python closures when a pack loads (no ``eval``, nothing imported from rule files), check every
path against the plan model, and run in microseconds. The vocabulary (see docs/rules.md):

Conditions (a mapping; a list means ``all``)::

    {all: [c, ...]}  {any: [c, ...]}  {not: c}
    {some: PATH, where: c}  {none: PATH, where: c}  {each: PATH, where: c, has: c}
    {path: PATH | value: EXPR, <op>: OPERAND, label: "...", at: PATH}
      op: present (true|false), eq, ne, in, not_in, gt, ge, lt, le, contains, not_contains,
          subset_of, matches, not_matches (regular expressions, fixed in the pack)

Expressions (``value:`` or any operand written as a mapping)::

    PATH (a string where a value is expected)    {path: PATH}    {param: NAME}
    {sum: PATH, where: c, field: PATH} | {sum: [EXPR, ...]}    {sub: [a, b]}    {mul: [a, b]}
    {count: PATH | EXPR, where: c}    {collect: PATH} (a set of every value, e.g. ids referenced)
    {days: [from, to]}  {months: [from, to]}  {add_days: [d, n]}  {add_months: [d, n]}
    {max_gap_months: PATH}  {first_of: [EXPR, ...]}  {literal: VALUE}
    {costing: cover.unassigned}   a fact from the plan's costing (service.plan.budget)
    {costing: line.above_framework_rate}   ... about the support line being checked

Facts from the costing: money arithmetic (periods, dated framework rates by kind and unit, who
covers an overspend) has one implementation, ``service.plan.budget.costing_facts``, which the
money view shows too; rules read its results instead of redoing the sums. It runs once per plan
(cached with the evaluation) on the plan's costing date. ``cover.*`` and the other plan-level
facts are fields of ``CostingFacts``; ``line.*`` are fields of ``LineFacts`` for the current item
and are only allowed where that item is a support line.

Unknown keys, unknown fields and bad regular expressions raise ``SpecError`` naming the problem;
the loader adds the file and the rule id.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from pydantic import BaseModel

from service.plan.budget import CostingFacts, LineFacts, plan_facts
from service.plan.models import SupportLine
from service.rules.paths import ANY, Path, PathError, Shape, get_many, get_one, parse_path, shape_of


class SpecError(ValueError):
    """A rule that does not follow the check language."""


@dataclass(slots=True)
class Scope:
    """Where a condition is evaluated: the plan, the current item and its JSON path."""

    plan: Any
    item: Any
    base: str
    parent: Scope | None
    cache: dict[str, Any]
    params: Mapping[str, Any]
    index: int | None = None  # the item's place in ``base`` (a list), when walking one

    @property
    def path(self) -> str:
        """The item's JSON path, built only when a finding needs it."""
        return self.base if self.index is None else f"{self.base}[{self.index}]"

    def child(self, item: Any, base: str) -> Scope:
        return Scope(self.plan, item, base, self, self.cache, self.params)


Eval = Callable[[Scope], Any]
Test = Callable[[Scope], bool]


@dataclass(frozen=True, slots=True)
class Types:
    """The model types paths are checked against while compiling."""

    item: Shape
    root: Shape
    parent: Shape | None = None

    def inside(self, item: Shape) -> Types:
        return Types(item, self.root, self.item)


@dataclass(frozen=True, slots=True)
class Cond:
    test: Test
    label: str | None = None
    point: Path | None = None  # the part of the plan to report when this fails


_SCALARS = frozenset({Decimal, date, int, bool})


def present(value: Any) -> bool:
    """Recorded: not None, not blank text, not an empty list, not an all-empty section."""
    if value is None:
        return False
    if type(value) in _SCALARS:
        return True  # amounts, dates, numbers, flags: the common case, decided at once
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | set | frozenset | dict):
        return bool(value)
    if isinstance(value, BaseModel):
        return any(present(getattr(value, name)) for name in type(value).model_fields)
    return True


def _ordered(op: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def compare(a: Any, b: Any) -> bool:
        return a is not None and b is not None and op(a, b)

    return compare


_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "present": lambda a, b: present(a) is bool(b),
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "in": lambda a, b: a in b,
    "not_in": lambda a, b: a not in b,
    "gt": _ordered(lambda a, b: a > b),
    "ge": _ordered(lambda a, b: a >= b),
    "lt": _ordered(lambda a, b: a < b),
    "le": _ordered(lambda a, b: a <= b),
    "contains": lambda a, b: a is not None and b in a,
    "not_contains": lambda a, b: a is None or b not in a,
    "subset_of": lambda a, b: set(a or ()) <= set(b or ()),
    "matches": lambda a, b: a is not None and b.search(str(a)) is not None,
    "not_matches": lambda a, b: a is None or b.search(str(a)) is None,
}
_NOTES = frozenset({"label", "at"})


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _months_between(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end`` (negative if ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day and months > 0:
        months -= 1
    return months


def _max_gap_months(values: list[Any]) -> int | None:
    dates = sorted(v for v in values if isinstance(v, date))
    gaps = [_months_between(a, b) for a, b in itertools.pairwise(dates)]
    return max(gaps) if gaps else None


def _constant(value: Any) -> Any:
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, list):
        return tuple(_constant(v) for v in value)
    return value


@dataclass
class Compiler:
    """Compiles the conditions of one pack; ``params`` are the pack's named parameters."""

    params: Mapping[str, Any]
    regexes: dict[str, re.Pattern[str]] = field(default_factory=dict)

    # --- paths ------------------------------------------------------------------------------

    def path(self, text: Any, types: Types) -> tuple[Path, Shape]:
        if not isinstance(text, str):
            raise SpecError(f"a path must be text, not {text!r}")
        try:
            path = parse_path(text)
            start = {"root": types.root, "parent": types.parent, "item": types.item}[path.anchor]
            if start is None:
                raise SpecError(f"{text!r}: '^' is only valid inside some/none/each/count/sum")
            return path, shape_of(path, start)
        except PathError as error:
            raise SpecError(str(error)) from None

    def reader(self, path: Path) -> Eval:
        steps, get = path.steps, (get_many if path.many else get_one)
        if path.anchor != "parent" and 1 <= len(steps) <= 2 and all(type(x) is str for x in steps):
            return _attr_reader(path.anchor == "root", steps)  # the common case, made cheap
        if path.anchor == "root":
            return lambda s: get(s.plan, steps)
        if path.anchor == "parent":
            return lambda s: get(s.parent.item if s.parent else None, steps)
        return lambda s: get(s.item, steps)

    # --- expressions --------------------------------------------------------------------------

    def expr(self, spec: Any, types: Types) -> Eval:
        if isinstance(spec, str):
            return self.reader(self.path(spec, types)[0])
        if isinstance(spec, dict):
            return self._expr_op(spec, types)
        value = _constant(spec)
        return lambda s: value

    def operand(self, spec: Any, types: Types) -> Eval:
        """Right-hand side of a comparison: text is a literal here, a mapping is an expression."""
        if isinstance(spec, dict):
            return self._expr_op(spec, types)
        if isinstance(spec, list) and any(isinstance(v, dict) for v in spec):
            parts = [self.operand(v, types) for v in spec]
            return lambda s: tuple(p(s) for p in parts)
        value = _constant(spec)
        return lambda s: value

    def _expr_op(self, spec: dict[str, Any], types: Types) -> Eval:
        ops = [k for k in spec if k in _EXPRS]
        if len(ops) != 1:
            raise SpecError(f"an expression needs exactly one of {sorted(_EXPRS)}: got {spec!r}")
        return _EXPRS[ops[0]](self, spec, types)

    def _pair(self, spec: Any, types: Types, name: str) -> tuple[Eval, Eval]:
        if not isinstance(spec, list) or len(spec) != 2:
            raise SpecError(f"{name} takes a list of two values")
        return self.expr(spec[0], types), self.expr(spec[1], types)

    def _items(self, spec: dict[str, Any], key: str, types: Types) -> tuple[Eval, Types]:
        """The list an aggregate walks, and the types inside it."""
        source = spec[key]
        if isinstance(source, str):
            path, shape = self.path(source, types)
            if not (shape.is_list or path.many):
                raise SpecError(f"{key}: {source!r} is not a list")
            reader = self.reader(path)
            return (lambda s: reader(s) or ()), types.inside(Shape(shape.kind))
        return self.expr(source, types), types.inside(ANY)

    def _aggregate(self, spec: dict[str, Any], key: str, types: Types) -> Eval:
        items, inner = self._items(spec, key, types)
        where = self.cond(spec["where"], inner).test if "where" in spec else None
        pick = self.expr(spec["field"], inner) if "field" in spec else None

        def values(s: Scope) -> list[Any]:
            # One scope, moved along the list: nothing keeps a scope after its test returns.
            c, out = s.child(None, ""), []
            for x in items(s):
                c.item = x
                if where is None or where(c):
                    out.append(pick(c) if pick else x)
            return out

        return values

    def _sum(self, spec: dict[str, Any], types: Types) -> Eval:
        if isinstance(spec["sum"], list):
            parts = [self.expr(p, types) for p in spec["sum"]]

            def total(s: Scope) -> Any:
                values = [p(s) for p in parts]
                return None if None in values else sum(values, Decimal(0))

            return total
        values = self._aggregate(spec, "sum", types)
        return lambda s: sum((v for v in values(s) if v is not None), Decimal(0))

    def _count(self, spec: dict[str, Any], types: Types) -> Eval:
        values = self._aggregate(spec, "count", types)
        return lambda s: len(values(s))

    def _collect(self, spec: dict[str, Any], types: Types) -> Eval:
        path, _ = self.path(spec["collect"], types)
        reader = self.reader(path)
        if path.anchor != "root":
            return lambda s: frozenset(_as_list(reader(s)))
        key = f"collect:{path.text}"

        def cached(s: Scope) -> frozenset[Any]:
            # Cross-references ("is this need id referenced by any support line?") are looked
            # up in a set built once per plan, so checks stay linear in the plan's size.
            if key not in s.cache:
                s.cache[key] = frozenset(_as_list(reader(s)))
            found: frozenset[Any] = s.cache[key]
            return found

        return cached

    def _param(self, spec: dict[str, Any], types: Types) -> Eval:
        name = spec["param"]
        if name not in self.params:
            raise SpecError(f"unknown parameter {name!r}; the pack defines {sorted(self.params)}")
        return lambda s: s.params[name]

    def _costing(self, spec: dict[str, Any], types: Types) -> Eval:
        text = spec["costing"]
        if not isinstance(text, str) or text.strip()[:1] in ("$", "^", "@"):
            raise SpecError(f"costing: {text!r} must name a fact, e.g. cover.unassigned")
        per_line = text.strip().startswith("line.")
        if per_line and types.item.kind is not SupportLine:
            raise SpecError(f"costing: {text!r}: line.* is only valid while checking support lines")
        try:
            path = parse_path(text.strip().removeprefix("line.") if per_line else text)
            shape_of(path, Shape(LineFacts if per_line else CostingFacts))
        except PathError as error:
            raise SpecError(f"costing: {error}") from None
        steps = path.steps
        if path.many or not steps or (per_line and len(steps) != 1):
            raise SpecError(f"costing: {text!r} must name one fact")
        if per_line:
            name = str(steps[0])  # a line's facts are plain values

            def line_fact(s: Scope) -> Any:
                # Read for every support line by every rule that asks: kept to one lookup.
                by_line = s.cache.get("costing.lines") or _line_facts(s)
                return getattr(by_line.get(id(s.item)), name, None)

            return line_fact
        return lambda s: get_one(_costing_facts(s), steps)

    def _dates(self, spec: dict[str, Any], types: Types, key: str) -> Eval:
        a, b = self._pair(spec[key], types, key)
        fn = _DATE_FNS[key]

        def run(s: Scope) -> Any:
            x, y = a(s), b(s)
            return None if x is None or y is None else fn(x, y)

        return run

    def _arith(self, spec: dict[str, Any], types: Types, key: str) -> Eval:
        a, b = self._pair(spec[key], types, key)
        fn = _ARITH[key]

        def run(s: Scope) -> Any:
            x, y = a(s), b(s)
            return None if x is None or y is None else fn(x, y)

        return run

    def _first_of(self, spec: dict[str, Any], types: Types) -> Eval:
        parts = [self.expr(p, types) for p in spec["first_of"]]
        return lambda s: next((v for v in (p(s) for p in parts) if v is not None), None)

    def _gap(self, spec: dict[str, Any], types: Types) -> Eval:
        reader = self.expr(spec["max_gap_months"], types)
        return lambda s: _max_gap_months(_as_list(reader(s)))

    # --- conditions ---------------------------------------------------------------------------

    def cond(self, spec: Any, types: Types) -> Cond:
        if isinstance(spec, list):
            spec = {"all": spec}
        if not isinstance(spec, dict):
            raise SpecError(f"a condition must be a mapping, not {spec!r}")
        unknown = (
            set(spec) - _NOTES - set(_COMBINATORS) - set(_OPS) - {"path", "value", "where", "has"}
        )
        if unknown:
            raise SpecError(f"unknown key(s) {sorted(unknown)} in condition {spec!r}")
        label = spec.get("label")
        at = self.path(spec["at"], types)[0] if "at" in spec else None
        combinator = [k for k in spec if k in _COMBINATORS]
        if combinator:
            if len(combinator) > 1:
                raise SpecError(f"one of {combinator} per condition")
            test, point = _COMBINATORS[combinator[0]](self, spec, types)
            return Cond(test, label, at or point)
        test, point = self._leaf(spec, types)
        return Cond(test, label, at or point)

    def _leaf(self, spec: dict[str, Any], types: Types) -> tuple[Test, Path | None]:
        ops = [k for k in spec if k in _OPS]
        if len(ops) != 1 or ("path" in spec) == ("value" in spec):
            raise SpecError(f"a test needs 'path' or 'value' and exactly one operator: {spec!r}")
        point = None
        if "path" in spec:
            point = self.path(spec["path"], types)[0]
            left = self.reader(point)
        else:
            left = self.expr(spec["value"], types)
        op, fn = ops[0], _OPS[ops[0]]
        if op in ("matches", "not_matches"):
            regex = self._regex(spec[op])
            return (lambda s: fn(left(s), regex)), point
        if op == "present":
            if spec[op] is True:
                return (lambda s: present(left(s))), point
            return (lambda s: not present(left(s))), point
        if not isinstance(spec[op], dict | list):
            value = _constant(spec[op])
            return (lambda s: fn(left(s), value)), point
        right = self.operand(spec[op], types)
        return (lambda s: fn(left(s), right(s))), point

    def _regex(self, pattern: Any) -> re.Pattern[str]:
        if not isinstance(pattern, str):
            raise SpecError(f"a regular expression must be text: {pattern!r}")
        try:
            return self.regexes.setdefault(pattern, re.compile(pattern))
        except re.error as error:
            raise SpecError(f"bad regular expression {pattern!r}: {error}") from None

    def _all(self, spec: dict[str, Any], types: Types) -> tuple[Test, Path | None]:
        parts = [self.cond(c, types) for c in _list(spec["all"], "all")]
        tests = [p.test for p in parts]
        return (lambda s: all(t(s) for t in tests)), next((p.point for p in parts if p.point), None)

    def _any(self, spec: dict[str, Any], types: Types) -> tuple[Test, Path | None]:
        parts = [self.cond(c, types) for c in _list(spec["any"], "any")]
        tests = [p.test for p in parts]
        return (lambda s: any(t(s) for t in tests)), next((p.point for p in parts if p.point), None)

    def _not(self, spec: dict[str, Any], types: Types) -> tuple[Test, Path | None]:
        inner = self.cond(spec["not"], types)
        return (lambda s: not inner.test(s)), inner.point

    def _quantifier(self, spec: dict[str, Any], types: Types, key: str) -> tuple[Test, Path | None]:
        items, inner = self._items(spec, key, types)
        where = self.cond(spec["where"], inner).test if "where" in spec else None
        has = self.cond(spec["has"], inner).test if key == "each" else None
        if key == "each" and has is None:
            raise SpecError("each needs 'has'")

        def found(s: Scope) -> bool:
            """Is there an item matching ``where`` (and, for ``each``, failing ``has``)?"""
            c = s.child(None, "")
            for x in items(s):
                c.item = x
                if (where is None or where(c)) and (has is None or not has(c)):
                    return True
            return False

        point = parse_path(spec[key]) if isinstance(spec[key], str) else None
        if key == "some":
            return found, point
        return (lambda s: not found(s)), point  # none: no match; each: no match failing has


def _costing_facts(s: Scope) -> CostingFacts:
    """The plan's costing facts, worked out once per evaluation."""
    facts: CostingFacts | None = s.cache.get("costing")
    if facts is None:
        facts = s.cache["costing"] = plan_facts(s.plan)
    return facts


def _line_facts(s: Scope) -> dict[int, LineFacts]:
    """Each support line's facts, by the line object (``every``/``some`` walk the same objects)."""
    by_line: dict[int, LineFacts] | None = s.cache.get("costing.lines")
    if by_line is None:
        lines = zip(s.plan.support, _costing_facts(s).lines, strict=True)
        by_line = s.cache["costing.lines"] = {id(line): facts for line, facts in lines}
    return by_line


def _attr_reader(from_root: bool, steps: tuple[Any, ...]) -> Eval:
    if len(steps) == 1:
        (a,) = steps
        if from_root:
            return lambda s: getattr(s.plan, a, None)
        return lambda s: getattr(s.item, a, None)
    a, b = steps
    if from_root:
        return lambda s: getattr(getattr(s.plan, a, None), b, None)
    return lambda s: getattr(getattr(s.item, a, None), b, None)


def _list(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise SpecError(f"{key} takes a non-empty list of conditions")
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    return [value]


_DATE_FNS: dict[str, Callable[[Any, Any], Any]] = {
    "days": lambda a, b: (b - a).days,
    "months": _months_between,
    "add_days": lambda a, n: date.fromordinal(a.toordinal() + int(n)),
    "add_months": lambda a, n: _add_months(a, int(n)),
}
_ARITH: dict[str, Callable[[Any, Any], Any]] = {
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
}


def _dates_op(c: Compiler, spec: dict[str, Any], t: Types, key: str) -> Eval:
    return c._dates(spec, t, key)


def _arith_op(c: Compiler, spec: dict[str, Any], t: Types, key: str) -> Eval:
    return c._arith(spec, t, key)


_EXPRS: dict[str, Callable[[Compiler, dict[str, Any], Types], Eval]] = {
    "path": lambda c, spec, t: c.expr(spec["path"], t),
    "literal": lambda c, spec, t: c.operand(spec["literal"], t),
    "param": Compiler._param,
    "sum": Compiler._sum,
    "count": Compiler._count,
    "collect": Compiler._collect,
    "first_of": Compiler._first_of,
    "max_gap_months": Compiler._gap,
    "costing": Compiler._costing,
    **{k: partial(_dates_op, key=k) for k in _DATE_FNS},
    **{k: partial(_arith_op, key=k) for k in _ARITH},
}
_COMBINATORS: dict[str, Callable[[Compiler, dict[str, Any], Types], tuple[Test, Path | None]]] = {
    "all": Compiler._all,
    "any": Compiler._any,
    "not": Compiler._not,
    "some": lambda c, spec, t: c._quantifier(spec, t, "some"),
    "none": lambda c, spec, t: c._quantifier(spec, t, "none"),
    "each": lambda c, spec, t: c._quantifier(spec, t, "each"),
}
