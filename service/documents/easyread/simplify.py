"""The deterministic simplifier: free text from a plan turned into easy-read sentences.

Steps, in order: dates and money in words people read, acronyms written out, number words as
digits, the plain-words dictionary, simpler punctuation, sentence splitting, the person's name as
"I", and long sentences split where a new idea starts. The result is still checked by the linter;
the builder leaves out (and reports) any sentence that fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from service.documents.easyread.lexicon import grammar, lexicon
from service.documents.easyread.templates import words as template_words
from service.documents.easyread.text import sentences, words
from service.plan.money import pence

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_UK_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_PENCE_ZERO = re.compile(r"(£\d[\d,]*)\.00\b")
_PERCENT_WORDS = {"100%": "all", "50%": "half", "25%": "a quarter"}
_SPLIT_WORDS = ("because", "but", "so", "and", "which", "who", "when")
_SUBJECTS = {
    "i",
    "my",
    "he",
    "she",
    "they",
    "we",
    "you",
    "it",
    "the",
    "this",
    "there",
    "her",
    "his",
}
MAX_WORDS = 15
_SUBORDINATE = re.compile(r"(?i)(?:if|when|while|until|although|though|because|as|once|unless)\b")
# A sentence that starts like this leans on the one before it (made by splitting a sentence).
DEPENDENT = re.compile(r"(?:So|But|And|Or|This is because|This is when|This|Then|Also)\b")


def plain_date(value: date) -> str:
    """``date(2027, 3, 1)`` -> ``"Monday 1 March 2027"`` (ER-11), whatever the locale."""
    day = template_words()["days"][value.weekday()]
    month = template_words()["months"][value.month - 1]
    return f"{day} {value.day} {month} {value.year}"


def day_month(value: date) -> str:
    return f"{value.day} {template_words()['months'][value.month - 1]}"


def plain_money(amount: Decimal) -> str:
    """``£120`` when whole pounds, else ``£182.50`` (ER-11: no pence unless needed)."""
    exact = pence(Decimal(amount))
    if exact == exact.to_integral_value():
        return f"£{int(exact):,}"
    return f"£{exact:,.2f}"


def plain_number(value: Decimal) -> str:
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- word-level rewriting ------------------------------------------------------------------


def _dates(text: str) -> str:
    def iso(m: re.Match[str]) -> str:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]), m.group())

    def uk(m: re.Match[str]) -> str:
        return _safe_date(int(m[3]), int(m[2]), int(m[1]), m.group())

    return _UK_DATE.sub(uk, _ISO_DATE.sub(iso, text))


def _safe_date(year: int, month: int, day: int, original: str) -> str:
    try:
        return plain_date(date(year, month, day))
    except ValueError:
        return original


def _keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and not original.isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _acronyms(text: str) -> str:
    lex = lexicon()
    for short, plain in lex.acronyms.items():
        pattern = (
            rf"(?<![\w.]){re.escape(short)}(?![\w])"
            if short.endswith(".")
            else rf"\b{re.escape(short)}\b"
        )
        text = re.sub(pattern, plain, text)
    return text


def _numbers(text: str) -> str:
    lex = lexicon()
    pattern = r"\b(" + "|".join(map(re.escape, lex.numbers)) + r")\b"
    text = re.sub(pattern, lambda m: _keep_case(m[1], lex.numbers[m[1].lower()]), text, flags=re.I)
    units = "|".join(map(re.escape, lex.one_before))
    return re.sub(rf"\b[Oo]ne\s+(?=(?:{units})\b)", "1 ", text)


def _plain_words(text: str) -> str:
    lex = lexicon()

    def swap(m: re.Match[str]) -> str:
        return _keep_case(m.group(), lex.replace[" ".join(m.group().lower().split())])

    return lex.replace_pattern.sub(swap, text)


def _punctuation(text: str) -> str:
    for percent, plain in _PERCENT_WORDS.items():
        text = text.replace(percent, plain)
    text = _PENCE_ZERO.sub(r"\1", text)
    text = re.sub(r"\s*\(([^()]*)\)", r", \1,", text)
    text = re.sub(r"\s*[;]\s*|(?<!\d):(?!\d)\s*", ". ", text)
    text = re.sub(r"\s+[-–—]\s+|[–—]", ", ", text)
    text = re.sub(r",\s*([.,!?])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text)


# --- first person --------------------------------------------------------------------------


def _names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    unique = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"\b(" + "|".join(map(re.escape, unique)) + r")(['’]s)?\b")


def _subject_position(before: str) -> bool:
    """A name is the subject at the start of a sentence or clause ("and Priya goes")."""
    tail = before.rstrip().lower()
    return (
        not tail
        or tail.endswith((",", "."))
        or tail.split()[-1]
        in {
            "and",
            "but",
            "because",
            "so",
            "when",
            "if",
            "that",
            "while",
            "until",
            "where",
        }
    )


def _verb_for_i(word: str) -> str:
    rules: dict[str, Any] = grammar()["first_person"]
    lowered = word.lower()
    if lowered in rules["verbs"]:
        return str(rules["verbs"][lowered])
    if lowered in rules["verbs_ies"]:
        return word[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|zz)es$", lowered):
        return word[:-2]  # "washes", "presses" -> "wash", "press"
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(lowered) > 3:
        return word[:-1]
    return word


def _fix_verb(rest: str) -> str:
    """After a new "I", the next verb (past any adverbs) takes the "I" form."""
    adverbs = set(grammar()["first_person"]["adverbs"])
    match = re.match(r"(\s+(?:(?:" + "|".join(adverbs) + r")\s+)*)([A-Za-z']+)", rest)
    if not match:
        return rest
    return match[1] + _verb_for_i(match[2]) + rest[match.end() :]


def mentions(text: str, names: Iterable[str]) -> bool:
    pattern = _names_pattern(names)
    return bool(pattern and pattern.search(text))


def first_person(
    sentence: str, names: Iterable[str], others: Iterable[str] = (), about: bool = False
) -> str:
    """Name the person as "I", "me" or "my"; he/she/her too where the text is only about them
    (``about``: the person is named in the text and nobody else is) or the sentence names only
    them."""
    names, others = tuple(names), tuple(others)
    pattern = _names_pattern(names)
    if pattern is None or not pattern.search(sentence):
        return _joined_verbs(_pronouns(sentence)) if about else sentence
    pronouns = about or not mentions(sentence, others)
    out, last = "", 0
    for match in pattern.finditer(sentence):
        before = sentence[last : match.start()]
        out += before
        rest = sentence[match.end() :]
        if match[2]:
            out += "my" if out.strip() else "My"
        elif _subject_position(out):
            out += "I"
            sentence = sentence[: match.end()] + _fix_verb(rest)
        else:
            out += "me"
        last = match.end()
    converted = out + sentence[last:]
    return _joined_verbs(_pronouns(converted) if pronouns else converted)


def _relative(sentence: str) -> str:
    """ "Her sister Claire helps" at the start of a note about the person, before anyone else is
    named, is the person's sister: "My sister Claire helps"."""
    kin = "|".join(map(re.escape, grammar()["first_person"]["kin"]))
    return re.sub(rf"^(?:Her|His|Their) (?=(?:{kin})\b)", "My ", sentence)


def _joined_verbs(sentence: str) -> str:
    """ "I swim and walks" -> "I swim and walk": verbs joined to an "I" sentence agree with it."""
    if not sentence.startswith("I "):
        return sentence
    verbs = "|".join(grammar()["first_person"]["joined_verbs"])
    adverbs = "|".join(grammar()["first_person"]["adverbs"])
    pattern = rf"((?:,|\band|\bbut|\bthen)\s+(?:(?:{adverbs})\s+)?)({verbs})\b"
    return re.sub(pattern, lambda m: m[1] + _verb_for_i(m[2]), sentence)


def _pronouns(sentence: str) -> str:
    rules: dict[str, Any] = grammar()["first_person"]
    mapping = {
        k: v
        for k, v in rules["pronouns"].items()
        if k not in {"they", "their", "theirs", "themselves"}
    }
    before_me = set(rules["her_is_me_before"])

    def swap(m: re.Match[str]) -> str:
        word, following = m[1], (m[3] or "").lower()
        if word.lower() == "her":
            plain = "me" if not following or following in before_me else "my"
        elif word.lower() in {"he", "she"}:
            return "I" + _fix_verb(m.group()[len(word) :])
        else:
            plain = mapping[word.lower()]
        return _keep_case(word, plain) + m.group()[len(word) :]

    keys = "|".join(sorted({*mapping, "her"}, key=len, reverse=True))
    return re.sub(rf"\b({keys})\b(\s+([A-Za-z']+))?", swap, sentence, flags=re.I)


# --- sentence level ------------------------------------------------------------------------


def _capitalise(sentence: str) -> str:
    sentence = sentence.strip().strip(",").strip()
    if not sentence:
        return sentence
    if sentence[-1] not in ".!?":
        sentence += "."
    return sentence[:1].upper() + sentence[1:]


def _split_long(sentence: str) -> list[str]:
    """Split a long sentence where a new idea starts; "because" becomes "This is because"."""
    count = len(sentence.split())
    if count <= MAX_WORDS:
        return [sentence]
    best = _best_split(sentence)
    if best is None:
        return [sentence]
    left, word, right = best
    lead = {
        "because": "This is because ",
        "but": "But ",
        "so": "So ",
        "which": "This ",
        "when": "This is when ",
    }
    second = lead.get(word, "") + right
    return _split_long(_capitalise(left)) + _split_long(_capitalise(second))


def _best_split(sentence: str) -> tuple[str, str, str] | None:
    middle = len(sentence) / 2
    options = []
    for match in re.finditer(r",?\s+(" + "|".join(_SPLIT_WORDS) + r")\s+(\w+)|,\s+(\w+)", sentence):
        word = (match[1] or "").lower()
        nxt = (match[2] or match[3] or "").lower()
        named = (match[2] or "")[:1].isupper()  # "and Mary comes": a new subject
        if word in {"and", "who"} and nxt not in _SUBJECTS and not named:
            continue
        if not word and (nxt not in _SUBJECTS or _SUBORDINATE.match(sentence)):
            continue  # "If the carer is off, the agency comes": the first part is not a sentence
        start = match.start()
        right = sentence[match.start(2) if word else match.start(3) :]
        if word == "which":
            right = sentence[match.start(1) + len("which ") :]
        if word == "who":
            right = "They " + sentence[match.start(2) :]
            word = ""
        left = sentence[:start]
        if len(left.split()) >= 3 and len(right.split()) >= 3:
            options.append((abs(start - middle), left, word, right))
    if not options:
        return None
    _, left, word, right = min(options)
    return left, word, right


def _protect(text: str, keep: Iterable[str]) -> tuple[str, dict[str, str]]:
    """Hide names (an organisation's, a person's) from the rewriting steps."""
    held: dict[str, str] = {}
    for index, name in enumerate(sorted({k for k in keep if k}, key=len, reverse=True)):
        token = f"Zqx{chr(97 + index % 26)}{index}"
        if name in text:
            held[token] = name
            text = text.replace(name, token)
    return text, held


def _restore(text: str, held: dict[str, str]) -> str:
    for token, name in held.items():
        text = text.replace(token, name)
    return text


def simplify(
    text: str, names: Iterable[str] = (), others: Iterable[str] = (), keep: Iterable[str] = ()
) -> list[str]:
    """Free text -> easy-read sentences (still to be linted). ``names`` are the person's names
    (they become "I"), ``others`` the names of everyone else in the plan, ``keep`` names that
    must come out exactly as written (organisations)."""
    names, others = tuple(names), tuple(others)
    hidden, held = _protect(" ".join(text.split()), keep)
    rewritten = _punctuation(_plain_words(_numbers(_acronyms(_dates(hidden)))))
    about = mentions(rewritten, names) and not mentions(rewritten, others)
    found: list[str] = []
    for part in sentences(rewritten):
        if not words(part):
            continue
        sentence = _capitalise(first_person(part.text, names, others, about))
        if names and not mentions(" ".join(found), others):
            sentence = _relative(sentence)
        found.extend(_capitalise(_restore(s, held)) for s in _split_long(sentence))
    return [s for s in found if s]
