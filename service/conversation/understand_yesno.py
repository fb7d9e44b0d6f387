"""Yes, no, "skip" and "not sure" in the many ways people say them."""

from __future__ import annotations

import re
from enum import Enum

from service.conversation import lexicon


class Reply(Enum):
    yes = "yes"
    no = "no"
    ambiguous = "ambiguous"
    skip = "skip"
    unknown = "unknown"  # no yes/no word at all


def _phrases(kind: str) -> list[list[str]]:
    raw = lexicon.load("answers")[kind]  # keys are quoted in the YAML: a bare yes is a bool
    return sorted((lexicon.words(str(p)) for p in raw), key=len, reverse=True)


def is_skip(text: str) -> bool:
    """The whole answer means "I don't know / skip / rather not say"."""
    tokens = lexicon.words(text)
    if not tokens:
        return text.strip() in {"?", "-"}
    return any(tokens == p or tokens == [*p, "thanks"] for p in _phrases("skip"))


def _reporting(tokens: list[str]) -> int:
    """How many words a report of someone else's answer takes at the start ("she says", "my mum
    said", "he say"), or 0: the one or two words of who said it, then a verb of saying."""
    verbs = {str(w) for w in lexicon.load("answers")["reporting"]}
    answers = {p[0] for kind in ("yes", "no") for p in _phrases(kind) if len(p) == 1}
    for who in (1, 2):
        if (
            len(tokens) > who
            and tokens[who] in verbs
            and not any(t in answers or t in verbs for t in tokens[:who])
        ):
            return who + 1
    return 0


def _whole_clause(text: str, said: list[str]) -> bool:
    """Whether the words open the answer as a clause of their own: "she says no, ..." is her
    answer, "the doctor said no driving" is not."""
    words = r"\W+".join(map(re.escape, said))
    end = (
        r"(?=\s*(?:[.,;:!?()\-\u2013\u2014]|$)|\s+(?:but|and|because|cos|as|so|though|when|"
        r"straight|right|immediately|already|again|too|first)\b)"
    )
    return re.match(rf"^\W*{words}{end}", text.lower().replace("\u2019", "'")) is not None


def not_known(text: str) -> bool:
    """The whole answer says only that the answer is not known ("I don't know", "dunno"), not
    that it is not to be given ("skip", "rather not say")."""
    tokens = lexicon.words(text)
    return bool(tokens) and any(tokens == p for p in _phrases("not_knowing"))


def leading(text: str) -> tuple[Reply, int]:
    """How the answer starts, and how many words that took (so the rest can be read too). An
    answer reported ("she says no", "Mum said yes") is read after the report."""
    tokens = lexicon.words(text)
    frame = _reporting(tokens)
    if frame:
        kind, length = _leading(tokens[frame:])
        if kind is not Reply.unknown and _whole_clause(text, tokens[: frame + length]):
            return kind, frame + length
    return _leading(tokens)


# "Now, yes, I am doing it, but it is getting hard", "at the moment no": the time the answer
# holds for, said before it
_FOR_NOW = [
    ["now"], ["for", "now"], ["right", "now"], ["just", "now"], ["at", "the", "moment"],
    ["at", "the", "minute"], ["at", "present"], ["currently"], ["for", "the", "moment"],
    ["for", "the", "time", "being"], ["these", "days"], ["today"],
]  # fmt: skip


def _leading(tokens: list[str]) -> tuple[Reply, int]:
    for now in _FOR_NOW:
        if tokens[: len(now)] == now and len(tokens) > len(now):
            kind, length = _leading_answer(tokens[len(now) :])
            if kind is not Reply.unknown:
                return kind, len(now) + length
    return _leading_answer(tokens)


def _leading_answer(tokens: list[str]) -> tuple[Reply, int]:
    unsure = next((p for p in _phrases("unsure") if tokens[: len(p)] == p), None)
    if unsure:
        return Reply.ambiguous, len(unsure)
    for kind in (Reply.ambiguous, Reply.no, Reply.yes):
        for phrase in _phrases(kind.value):
            if tokens[: len(phrase)] == phrase:
                return kind, len(phrase)
    return Reply.unknown, 0


# "I had a new hip and I'm not to lift. So no, not all of it": after the reasons, the last
# sentence gives the answer.
_SO = re.compile(
    r"^\s*(?:so|basically|in\s+short|in\s+a\s+word|short\s+answer|long\s+story\s+short)\b[\s,]*",
    re.I,
)


def _agreeing(tokens: list[str]) -> list[str]:
    """ "she doesn't mind" is a yes: each such phrase becomes the word yes."""
    for phrase in _phrases("agreeable"):
        n = len(phrase)
        i = 0
        while i <= len(tokens) - n:
            if tokens[i : i + n] == phrase:
                tokens = [*tokens[:i], "yes", *tokens[i + n :]]
            i += 1
    return tokens


def classify(text: str) -> Reply:
    if is_skip(text):
        return Reply.skip
    tokens = lexicon.words(text)
    agreed = _agreeing(tokens)
    if agreed != tokens:
        return _anywhere(agreed) if len(agreed) <= 8 else Reply.unknown
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    last = _SO.match(sentences[-1]) if len(sentences) > 1 else None
    if last:
        kind, _ = leading(sentences[-1][last.end() :])
        if kind in (Reply.yes, Reply.no):
            return kind
    if len(tokens) <= 8 and any(_unsure_within(p, tokens) for p in _phrases("unsure")):
        return Reply.ambiguous  # "she is not sure": neither the yes of "she is" nor a no
    kind, length = leading(text)
    closing = _closing(sentences[-1]) if len(sentences) > 1 else Reply.unknown
    # "She does twelve-hour shifts. Not really, no": a start that is only "she does" is no
    # answer next to a closing one
    if closing is not Reply.unknown and (kind is Reply.unknown or _echo(tokens[:length])):
        return closing
    if kind is Reply.unknown:
        kind = _anywhere(tokens)
    return kind


_PRONOUNS = frozenset({"i", "she", "he", "they", "we", "i'm", "she's", "he's", "they're"})


def _echo(phrase: list[str]) -> bool:
    """ "she does", "he is": a yes or no that echoes the question with a pronoun."""
    return bool(phrase) and phrase[0] in _PRONOUNS


def _closing(sentence: str) -> Reply:
    """ "... She's running on empty. No": a last sentence made only of answer words."""
    tokens = lexicon.words(sentence)
    allowed = {str(w) for w in lexicon.load("answers")["closing"]}
    if not tokens or len(tokens) > 5 or any(t not in allowed for t in tokens):
        return Reply.unknown
    kind, _ = leading(sentence)
    return kind if kind in (Reply.yes, Reply.no) else _anywhere(tokens)


def _anywhere(tokens: list[str]) -> Reply:
    """A clear yes or no later in a short answer ("well, yes", "she does, yes")."""
    if len(tokens) > 8:
        return Reply.unknown
    seen = {
        kind
        for kind in (Reply.yes, Reply.no)
        for p in _phrases(kind.value)
        if (len(p) > 1 or len(p[0]) > 1)
        and _within(p, tokens)  # a lone "n" in "shoping n cleening"
    }
    return seen.pop() if len(seen) == 1 else Reply.unknown


# "with people he doesn't know": not knowing that says who, not that the answer is unknown
_UNKNOWN_ONES = frozenset(
    {"people", "person", "someone", "somebody", "anyone", "anybody", "strangers", "folk",
     "folks", "places", "things", "words", "faces", "staff", "men", "women"}
)  # fmt: skip
_SUBJECTS = frozenset({"i", "he", "she", "they", "we", "you"})


def _unsure_within(phrase: list[str], tokens: list[str]) -> bool:
    n = len(phrase)
    return any(
        tokens[i : i + n] == phrase
        and not (i >= 2 and tokens[i - 1] in _SUBJECTS and tokens[i - 2] in _UNKNOWN_ONES)
        for i in range(len(tokens) - n + 1)
    )


def _within(phrase: list[str], tokens: list[str]) -> bool:
    n = len(phrase)
    return any(tokens[i : i + n] == phrase for i in range(len(tokens) - n + 1))
