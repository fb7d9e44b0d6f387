"""People named in an answer, with who they are to the person.

"my daughter Mary", "Mary, my daughter", "Jim next door", "my sons Dave and Tom", "Dr Shah",
"my GP". A relationship word comes from ``prompts/lexicon/relationships.yaml``; a name is a
capitalised word (or, straight after a relationship word, any word that is not an ordinary
function word: people type "my daughter mary"). A relationship with no name is kept with
``name=None``; the caller decides whether the person's words stand in for the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from service.conversation import lexicon

# Letters of any alphabet ("Bożena", "Zoë", "Siân"): a name is never cut at an accent.
_L = r"[^\W\d_]"
_TOKEN = re.compile(rf"{_L}(?:{_L}|-)*(?:['\u2019]{_L}+)?|\d+|[,()&]|[.!?;\n]")
# A sentence end: a relationship and a name never pair across one ("my dad. Priya has his number").
_ENDS = frozenset({".", "!", "?", ";", "\n"})
# Word lists live in prompts/lexicon/people_words.yaml: words that follow a relationship word but
# are not names ("my daughter helps"), and capitalised words that are not names ("Tuesday").
_NOT_NAMES = frozenset(lexicon.load("people_words")["not_names"])
_NOT_CAPITALISED_NAMES = frozenset(lexicon.load("people_words")["not_capitalised_names"])
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss"})
# Titles that, typed in lower case, are still titles ("ms" is also multiple sclerosis, "miss" a verb)
_LOWER_TITLES = frozenset({"dr", "mr", "mrs"})
_OWNERS = frozenset({"my", "our", "the", "his", "her", "their"})
# Relationship words that come after the name: "Jim next door".
_POSTFIX = frozenset({"next", "across", "over"})
# Job words that need the word before them to say which ("alcohol worker", "MS nurse").
_NEEDS_KIND = frozenset(lexicon.load("people_words")["needs_kind"])
# "the Parkinson's nurse": a capitalised word that says which nurse, not who.
_KIND_NAMES = frozenset(lexicon.load("people_words")["kind_names"])
# "the heart failure nurse": a kind said in two words starts with one of these.
_KIND_FIRST = frozenset(w.lower() for w in _KIND_NAMES)
# "Kate Lowry, rehab officer, sensory team": a word before "team" names the team, not a person.
_ORGANISATION = frozenset(lexicon.load("people_words")["organisation_words"])
# "Lincoln College", "Holy Trinity School": a place of work or study, not a person.
_WORKPLACES = frozenset(w for w in lexicon.load("people_words")["workplace_words"] if " " not in w)
# "Gary's in Perth", "comes Sundays from Wolverhampton": a capitalised word there is a place.
_PLACE_BEFORE = frozenset(lexicon.load("people_words")["place_before"])
_COMES = frozenset(
    {"comes", "come", "came", "coming", "lives", "live", "lived", "moved", "drives", "travels",
     "over", "down", "up", "way", "back", "away"}
)  # fmt: skip
# "a mate of mine, Tommy": words between a relationship and the name that say nothing of who.
_OF_MINE = frozenset({"mine", "ours", "his", "hers", "theirs"})
# "Ruth ..., she's my interpreter": the relationship belongs to the name just said.
_SAYS_WHO = re.compile(r"\b(?:she|he|they|who)\s*(?:is|'s|\u2019s|are)\s*$", re.I)
# "Ruth, my interpreter", "Ruth (the interpreter)": only a comma, dash or bracket between the name
# and a relationship said with whose it is; "Josh (easy read), Mum" is a list of two.
_SAYS_WHO_MARK = re.compile(r"\s*[-(,]\s*")
# "Dawn is here. She is my support worker": the next sentence opens by saying who she is.
_NEXT_SAYS_WHO = re.compile(
    r"[^.;!?\n\d]*[.;!?\n]+\s*(?:she|he)\s*(?:is|'s|\u2019s)\s*(?:also\s+|actually\s+)?", re.I
)
_WHOSE = frozenset({"my", "our", "his", "her", "their", "the", "a", "an"})


@dataclass(frozen=True)
class Mention:
    name: str | None
    relationship: str | None
    role: str | None
    quote: str
    start: int  # character offsets of the quote in the answer
    end: int


_ABBREVIATIONS = lexicon.load("people_abbreviations")
# "SALT", "CPN": job short forms that are relationships only in capitals; kept so in ``words``
_CAPITALS = frozenset(_ABBREVIATIONS["capitals"])
_SPELLINGS: dict[str, str] = lexicon.load("people_spellings")


@cache
def _relationship_words() -> list[tuple[list[str], str, str]]:
    rows = []
    for group in lexicon.load("relationships").values():
        rows += [(lexicon.words(k), v, group["role"]) for k, v in group["words"].items()]
    for table in ("any_case", "capitals"):  # short forms ("dtr", "SALT")
        for k, (label, role) in _ABBREVIATIONS[table].items():
            rows.append(([k] if table == "capitals" else lexicon.words(k), label, role))
    return sorted(rows, key=lambda r: -len(r[0]))


def relationship_words() -> frozenset[str]:
    """Every relationship word and phrase, lower case ("mum", "son", "next door")."""
    return frozenset(
        " ".join(phrase).lower()
        for phrase, _, _ in _relationship_words()
        if not all(p in _CAPITALS for p in phrase)  # "SALT" only as written
    )


def _tokens(text: str) -> list[re.Match[str]]:
    """Words, numbers, commas and brackets, and sentence ends; the full stop of a title
    ("Dr. Shah") or of an initial is not a sentence end."""
    out: list[re.Match[str]] = []
    for t in _TOKEN.finditer(text):
        if t.group(0) == "." and out and _abbreviation(out[-1].group(0)):
            continue
        out.append(t)
    return out


def _word(tok: str) -> str:
    """A token as compared: lower case, except a job short form said in capitals ("SALT"); a
    common misspelling of who someone is reads as the word meant ("suport" worker)."""
    if tok in _CAPITALS:
        return tok
    low = tok.lower().replace("\u2019", "'").replace("&", "and")
    return _SPELLINGS.get(low, low)


def _abbreviation(tok: str) -> bool:
    return tok.lower() in _TITLES or (len(tok) == 1 and tok.isupper())


def _relationship_at(words: list[str], i: int) -> tuple[int, str, str] | None:
    for phrase, label, role in _relationship_words():
        n = len(phrase)
        window = words[i : i + n]
        plural = [*window[:-1], window[-1][:-1]] if window and window[-1].endswith("s") else None
        if window == phrase or (plural == phrase and n == 1 and len(phrase[0]) > 2):
            return n, label, role
    return None


def could_be_name(tok: str) -> bool:
    """Whether a capitalised word could be a name: not a title, day, pronoun or ordinary word."""
    return tok[:1].isupper() and tok.lower() not in _TITLES and _is_name(tok, False)


def ordinary_capitalised(tok: str) -> bool:
    """A capitalised word that is no one's name: a day, month, pronoun, shop ("Monday", "Yes")."""
    tok = _bare(tok)
    return tok in _NOT_CAPITALISED_NAMES or tok.rstrip("s") in _NOT_CAPITALISED_NAMES


def _is_name(tok: str, after_relationship: bool) -> bool:
    tok = _bare(tok)
    if not tok[:1].isalpha() or (tok.isupper() and len(tok) <= 3 and tok != "I"):
        return False  # MS, GP, OT: conditions and job titles, not names
    if tok in _NOT_CAPITALISED_NAMES or tok.rstrip("s") in _NOT_CAPITALISED_NAMES:
        return False  # "Sundays", "Mondays"
    if tok.isupper() and (tok.capitalize() in _NOT_CAPITALISED_NAMES or tok.lower() in _NOT_NAMES):
        return False  # "TEXT only", "NEVER after 9": an ordinary word said loud, not a name
    if "-" in tok and any(p.lower() in relationship_words() for p in tok.split("-")):
        return False  # "Ex-husband", "Step-son": who someone is, not their name
    if sum(c.isupper() for c in tok) >= 3 and any(c.islower() for c in tok):
        return False  # "POhWER", "WhatsApp": a brand's or charity's capitals, not a name
    if tok[0].isupper():
        return tok not in _NOT_CAPITALISED_NAMES and tok.lower() not in _NOT_NAMES
    return after_relationship and tok.lower() not in _NOT_NAMES and len(tok) > 1 and not _verb(tok)


@cache
def _verb_forms() -> frozenset[str]:
    """Verbs said of someone ("carries", "takes", "makes"), from ``help_verbs``."""
    out = set()
    for verb in lexicon.load("people_words")["help_verbs"]:
        out |= {verb, f"{verb}s", f"{verb}es"}
        if verb.endswith("y"):
            out.add(f"{verb[:-1]}ies")
    return frozenset(out)


def _verb(tok: str) -> bool:
    """ "my grandson, carries", "Mum making him tea", "without Mum hovering": a lower-case word
    after a relationship that is a verb, not a name typed in lower case ("my nan bev")."""
    low = tok.lower()
    return low in _verb_forms() or (low.endswith("ing") and len(low) > 4)


_VERB_OBJECTS = frozenset(lexicon.load("people_words")["verb_objects"])
_PARTICLES = frozenset(lexicon.load("people_words")["verb_particles"])
_PRONOUNS = frozenset(lexicon.load("people_words")["verb_pronouns"])
_OPENING_OBJECTS = frozenset(lexicon.load("people_words")["opening_verb_objects"])


def _verb_before_object(words: list[str], k: int) -> bool:
    """Whether the word before ``k`` acts on what ``k`` starts ("stole my", "took them"); "my"
    opening another relationship ("my son dave my daughter sue") is a list, not an object."""
    if k < len(words) and words[k] in _PARTICLES:
        while k < len(words) and words[k] in _PARTICLES:
            k += 1  # "mum shouts at me", "goes on at him"; not "my son dave on my birthday"
        return k < len(words) and words[k] in _PRONOUNS
    if k >= len(words) or words[k] not in _VERB_OBJECTS:
        return False
    return not (words[k] in _OWNERS and _relationship_at(words, k + 1) is not None)


def _opens_with_verb(toks: list[re.Match[str]], words: list[str], i: int, n: int) -> bool:
    """ "Send one to my doctor", "Give them a copy": one capitalised word opening a sentence and
    acting on what follows (``opening_verb_objects``) is a verb, not a name."""
    opens = i == 0 or words[i - 1] in _ENDS
    k = i + n
    if not opens or n != 1 or k >= len(words) or words[k] not in _OPENING_OBJECTS:
        return False
    return words[k] != "one" or words[k + 1 : k + 2] in (["to"], ["for"])


def _name_run(toks: list[re.Match[str]], i: int, after_relationship: bool) -> int:
    """How many tokens from ``i`` form a name ("Jean", "Jean Smith", "Dr Shah")."""
    j = i
    first = i
    if j + 1 < len(toks) and toks[j].group(0).lower().rstrip(".") in _TITLES:
        j += 1  # "Dr Shah", "Mrs Patel": the title belongs to the name
        # "mr adeyemi", "dr patel": a title typed in lower case, and the name after it
        after_relationship = toks[i].group(0).rstrip(".") in _LOWER_TITLES
        first = j
    while j < len(toks) and _is_name(toks[j].group(0), after_relationship and j == first):
        j += 1
        after_relationship = False  # a surname must be capitalised
    return 0 if j == i + 1 and toks[i].group(0).lower() in _TITLES else j - i


def mentions(text: str) -> list[Mention]:
    toks = _tokens(text)
    words = [_word(t.group(0)) for t in toks]
    used: set[int] = set()
    found = _described_friends(text, toks, words, used)
    i = 0
    while i < len(toks):
        titled = None if i in used else _faith_titled(text, toks, words, i)
        if titled is not None:  # "Father Tomasz", "Pastor Ade": the title says who they are
            found.append(titled)
            k = next(k for k in range(i, len(toks)) if toks[k].end() == titled.end)
            used.update(range(i, k + 1))
            i = k + 1
            continue
        rel = None if i in used else _relationship_at(words, i)
        if rel is None or _owner_plural(words, i, rel):
            i += 1  # "my mums friend Sue": the friend, whose the next word says
            continue
        if (again := _relationship_at(words, i + rel[0])) and again[1] == rel[1]:
            rel = (rel[0] + again[0], rel[1], rel[2])  # "my neighbour across the road": one
        owner = _possessor(toks, words, i, rel[2], used)
        if owner is not None:  # "Jackie's husband", "my sister's husband": whose, said with it
            found += _around_relationship(
                text, toks, words, i - 1, (rel[0] + 1, f"{owner}'s {rel[1]}", rel[2]), used
            )
        else:
            found += _around_relationship(text, toks, words, i, rel, used)
        i += rel[0]
    found += _bare_names(text, toks, used)
    return _merge_said_who(text, sorted(found, key=lambda m: m.start))


_FAITH_TITLES: dict[str, str] = lexicon.load("people_words")["faith_titles"]
_CHURCH_TITLES = frozenset(lexicon.load("people_words")["church_titles"])
_WORSHIP = frozenset(lexicon.load("people_words")["places_of_worship"])


def _faith_titled(text: str, toks: list[re.Match[str]], words: list[str], i: int) -> Mention | None:
    """ "Father Tomasz", "Pastor Ade", "Rev. Jones": a faith leader's capitalised title before a
    capitalised name; not "my Father" or "Father Christmas"."""
    label = _FAITH_TITLES.get(toks[i].group(0).rstrip("."))
    if label is None and toks[i].group(0) in _CHURCH_TITLES:
        # "Brother Winston from church", "Sister Pearl": church members, when a place of worship
        # is said in the answer; the title stays with the name
        place = next((w for w in words if w in _WORSHIP), None)
        label = f"friend from {place}" if place else None
    if label is None or (i > 0 and words[i - 1] in _OWNERS | {"your"}):
        return None
    j = i + 1
    if j < len(toks) and toks[j].group(0) == ".":
        j += 1  # "Rev. Jones"
    if j >= len(toks) or not could_be_name(toks[j].group(0)):
        return None
    n = _name_run(toks, j, after_relationship=False)
    if n == 0 or n > 2:
        return None
    name = " ".join([toks[i].group(0).rstrip("."), *(t.group(0) for t in toks[j : j + n])])
    start, end = toks[i].start(), toks[j + n - 1].end()
    role = "friend" if label.startswith("friend") else "other"
    return Mention(_title(name), label, role, text[start:end], start, end)


def _owner_plural(words: list[str], i: int, rel: tuple[int, str, str]) -> bool:
    """ "mums" in "my mums friend": one word read as a plural that says whose the next is."""
    if rel[0] != 1 or words[i] in relationship_words() or not words[i].endswith("s"):
        return False
    nxt = _relationship_at(words, i + 1)
    return nxt is not None and nxt[2] in ("family", "friend")


def _possessor(
    toks: list[re.Match[str]], words: list[str], i: int, role: str, used: set[int]
) -> str | None:
    """Whose relative or friend someone is, said just before the relationship: "Jackie's
    husband", "Jackies husband" (when Jackie is said elsewhere in the answer), "my sister's
    husband", "mums neighbour". Only for family and friends: "Tobi's care coordinator" is the
    care coordinator. None when the word before is no one's."""
    if i == 0 or role not in ("family", "friend") or (i - 1) in used:
        return None
    tok = toks[i - 1].group(0).replace("\u2019", "'")
    said = re.sub(r"'s$", "", tok)
    if said == tok:  # no apostrophe: "Jackies husband", "mums neighbour"
        if not tok.endswith("s") or len(tok) < 4:
            return None
        said = tok[:-1]
        known = said[:1].isupper() and any(t.group(0) == said for t in toks)
        if not known and _relationship_at([said.lower()], 0) is None:
            return None
    if len(said.split()) == 1 and _relationship_at([said.lower()], 0) is not None:
        rel = _relationship_at([said.lower()], 0)
        return said.lower() if rel is not None and rel[2] in ("family", "friend") else None
    if said[:1].isupper() and could_be_name(said):
        return said
    return None


_FRIEND_NOUNS = frozenset(lexicon.load("people_words")["friend_nouns"])
_FRIEND_PLACES = [lexicon.words(p) for p in lexicon.load("people_words")["friend_places"]]
_INTRO = frozenset({"a", "an", "this", "one", "some"})
_KNOW = frozenset({"know", "knew", "met", "meet", "see"})


def _described_friends(
    text: str, toks: list[re.Match[str]], words: list[str], used: set[int]
) -> list[Mention]:
    """Someone described by where the person knows them from, with a name: "a lad from day centre
    called Marcus", "a girl I know from church, Shona", "a bloke called Steve from the pub",
    "Marcus, a lad from day centre". Only places of the person's social life make a friend
    (``friend_places``); a title ("a lady from church called Mrs Hill") may be someone's job."""
    found = []
    for i in range(len(words) - 2):
        if words[i] in ("someone", "somebody"):
            j = i + 1
        elif words[i] in _INTRO and words[i + 1] in _FRIEND_NOUNS:
            j = i + 2
        else:
            continue
        if words[j : j + 1] in (["i"], ["we"]) and words[j + 1 : j + 2] and words[j + 1] in _KNOW:
            j += 2  # "a girl I know from church"
        hit = _friend_name(toks, words, i, j)
        if hit is None or words[hit[0]] in _TITLES or any(k in used for k in range(*hit[:2])):
            continue
        s, e, place_end = hit
        lo, hi = min(s, i), max(e, place_end)
        used.update(range(lo, hi))
        name = " ".join(t.group(0) for t in toks[s:e])
        start, end = toks[lo].start(), toks[hi - 1].end()
        found.append(Mention(_title(name), "friend", "friend", text[start:end], start, end))
    return found


def _friend_name(
    toks: list[re.Match[str]], words: list[str], i: int, j: int
) -> tuple[int, int, int] | None:
    """The name's tokens and where the place ends, for a description starting at ``i`` whose
    words after the person-word start at ``j``; None without both a social place and a name."""
    if words[j : j + 1] in (["called"], ["named"]):  # "a bloke called Steve from the pub"
        e = j + 1 + _name_run(toks, j + 1, after_relationship=True)
        place = _place_end(words, e + 1) if words[e : e + 1] in (["from"], ["at"]) else None
        return (j + 1, e, place) if e > j + 1 and place else None
    k = _place_end(words, j + 1) if words[j : j + 1] in (["from"], ["at"]) else None
    if k is None:
        return None
    if words[k : k + 1] in (["called"], ["named"], [","]):  # "... from church, Shona"
        n = _name_run(toks, k + 1, after_relationship=words[k] != ",")
        return (k + 1, k + 1 + n, k) if n else None
    if i > 1 and words[i - 1] == ",":  # "Marcus, a lad from day centre"
        start = i - 1
        while start > 0 and _is_name(toks[start - 1].group(0), False):
            start -= 1
        return (start, i - 1, k) if start < i - 1 else None
    return None


def _place_end(words: list[str], j: int) -> int | None:
    """Where a social place ends ("the day centre", "my old school", "church"), or None."""
    if words[j : j + 1] and words[j] in _OWNERS:
        j += 1
    end = None
    for skip in range(3):  # up to two words before the place ("the bowls club", "my old school")
        if any(w in _ENDS or w in (",", "(", ")", "and") for w in words[j : j + skip]):
            break
        for place in _FRIEND_PLACES:
            if words[j + skip : j + skip + len(place)] == place:
                end = max(end or 0, j + skip + len(place))  # the whole place: "bowls club"
    return end


def _merge_said_who(text: str, found: list[Mention]) -> list[Mention]:
    """ "Ruth is interpreting for me, she's my interpreter" is one person: a name with no
    relationship, then an unnamed relationship introduced by "she's" / "who is", in one sentence;
    or opening the next sentence when the name was the only person of its own ("Dawn is here.
    She is my support worker")."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        between = text[prev.end : m.start] if prev else ""
        said_who = _SAYS_WHO.search(between) and not re.search(r"[.;!?\d]", between)
        if prev and not said_who and _NEXT_SAYS_WHO.fullmatch(between):
            opened = re.split(r"[.;!?\n]", text[: prev.start])[-1]
            alone = len(out) < 2 or out[-2].end <= prev.start - len(opened)
            said_who = alone and m.quote.split(" ")[0].lower() in _WHOSE
        marked = _SAYS_WHO_MARK.fullmatch(between) and m.quote.split(" ")[0].lower() in _WHOSE
        if (
            prev
            and prev.name
            and not prev.relationship
            and not m.name
            and m.relationship
            and (said_who or marked)
        ):
            out[-1] = Mention(prev.name, m.relationship, m.role, text[prev.start : m.end],
                              prev.start, m.end)  # fmt: skip
            continue
        out.append(m)
    return out


def _around_relationship(
    text: str,
    toks: list[re.Match[str]],
    words: list[str],
    i: int,
    rel: tuple[int, str, str],
    used: set[int],
) -> list[Mention]:
    n, label, role = rel
    kind = _kind_before(toks, words, i, label) if n == 1 else label
    # "alcohol" in "my alcohol worker", "heart failure" in "the heart failure nurse" are part of it
    first = i - (len(kind.split()) - len(label.split()))
    used.update(range(first, i + n))
    after = _names_after(toks, words, i + n) if words[i] not in _POSTFIX else []
    if (after and i + n < len(words) and words[i + n] == "," and toks[after[0][0]].group(0).islower()
            and _name_before(toks, words, first) is not None):  # fmt: skip
        after = []  # "Beryl Hindle (neighbour, flat 2)": the name is before, "flat" no name
    k = first
    while k > 0 and first - k < 2 and _service_word(toks[k - 1].group(0)):
        k -= 1  # "Jodie Price, Housing First support worker, ...": the service's own words
    if (
        1 < k < first
        and words[k - 1] == ","
        and any(toks[x].group(0) in _KIND_NAMES for x in range(k, first))
    ):
        used.update(range(k, first))
        first = k
    listed = first > 1 and words[first - 1] == "," and role in ("professional", "advocate")
    if after and listed and i + n < len(words) and words[i + n] == ",":
        # "Jodie Price, support worker, Elmfield Housing": a note's list of the name, the job
        # and where they work; the words after the job are the workplace, not a second name
        before = _name_before(toks, words, first)
        said_after = [t.group(0) for s, e in after for t in toks[s:e]]
        if before is not None and before[1] == first - 1 and names_a_service(said_after):
            used.update(k for s, e in after for k in range(s, e))
            after = []
    if not after and words[i] in _POSTFIX and _name_before(toks, words, first) is None:
        # "The couple next door, Viv and Colin Marsh": the names after a comma are who
        after = _names_after(toks, words, i + n, capitalised=True)
    if after:
        for s, e in after:
            used.update(range(s, e))
        # "my daughters Mary and Jane": Jane's words start at her name, so Mary's clause is
        # not empty and the two share what is said after them
        said = [_mention(text, toks, s, e, kind, role, first if k == 0 else s)
                for k, (s, e) in enumerate(after)]  # fmt: skip
        return _shared_surname(toks, after, said)
    before = _name_before(toks, words, first)
    if before is not None and _aside_speaker(toks, words, before, first, i + n):
        before = None  # "funny (mum says)", "on esa and pip, mum does it": no one's name
    team = words[i + n] in _ORGANISATION if i + n < len(words) else False
    if before is not None and before[1] == first and team:
        # "Kirkby Stephen DN team", "Leeds OT service": the place names the team, no one's name
        used.update(range(before[0], i + n + 1))
        return []
    if before is not None:
        used.update(range(*before))
        return [_mention(text, toks, *before, kind, role, first, i + n)]
    start = first
    for k in range(i - 1, max(i - 4, -1), -1):
        if words[k] in _ENDS:
            break
        if words[k] in _OWNERS:
            start = k
            break
    end = i + n
    if end < len(words) and words[end] in _ORGANISATION:
        end += 1  # "the district nurse team": the team is who, said whole
        used.add(end - 1)
    return [Mention(None, kind, role, text[toks[start].start() : toks[end - 1].end()],
                    toks[start].start(), toks[end - 1].end())]  # fmt: skip


def _service_word(tok: str) -> bool:
    """ "Housing", "First" in "Housing First support worker": capitalised, and a kind of service
    or no name."""
    return tok[:1].isupper() and (tok in _KIND_NAMES or not _is_name(tok, False))


def names_a_service(said: list[str]) -> bool:
    """ "Elmfield Housing", "CGL", "Bridge Street Surgery": capitalised words with a word that
    says a service (a kind of service, a team or workplace word, or capitals), so not a person's
    name ("Dean Marsh")."""
    return any(
        w in _KIND_NAMES or w.lower() in _ORGANISATION or w.lower() in _WORKPLACES or _acronym(w)
        for w in said
    )


def _shared_surname(
    toks: list[re.Match[str]], runs: list[tuple[int, int]], said: list[Mention]
) -> list[Mention]:
    """ "Viv and Colin Marsh": first names before the one said with a surname share it."""
    s, e = runs[-1]
    if len(runs) < 2 or e - s != 2 or toks[s].group(0).lower() in _TITLES:
        return said
    if any(b - a != 1 for a, b in runs[:-1]):
        return said
    surname = _title(toks[e - 1].group(0))
    return [replace(m, name=f"{m.name} {surname}") for m in said[:-1]] + said[-1:]


def _names_after(
    toks: list[re.Match[str]], words: list[str], j: int, capitalised: bool = False
) -> list[tuple[int, int]]:
    """Names straight after a relationship: "my son Dave", "my daughters Mary and Jane", "a mate
    of mine, Tommy", "my teacher from school, Mr Hughes", "neighbour across the landing, Mrs
    Dooley", "next door, Mr and Mrs Iqbal" (one name for the couple)."""
    skipped = _qualifier_end(words, j)
    j = skipped or j
    if words[j : j + 2] == ["as", "well"] and words[j + 2 : j + 3] == [","]:
        j += 2  # "my doctor as well, Dr Bhatt": the same one, named
    elif words[j : j + 1] in (["too"], ["also"]) and words[j + 1 : j + 2] == [","]:
        j += 1
    bracketed = _name_run(toks, j + 1, True) if words[j : j + 1] == ["("] else 0
    if j < len(words) and words[j] in ("called", "named", ","):
        j += 1
    elif bracketed and words[j + 1 + bracketed : j + 2 + bracketed] == [")"] and not capitalised:
        j += 1  # "Mum (Sandra) does it all", "Dad (Neil Callaghan): 07700": the name in brackets
    elif capitalised:
        return []
    if capitalised and not (j < len(toks) and toks[j].group(0)[:1].isupper()):
        return []
    couple = _couple(toks, words, j)
    if couple:
        return [couple]
    runs: list[tuple[int, int]] = []
    # "dads social worker Mr Shah": a word that starts another relationship is no lower-case name
    lower = not skipped and not capitalised and _relationship_at(words, j) is None
    while (n := _name_run(toks, j, after_relationship=lower)) > 0:
        if lower and toks[j].group(0).islower() and _verb_before_object(words, j + n):
            break  # "my nephew stole my card", "her son took it": a verb, not "Stole"
        lower = False
        if words[j + n : j + n + 1] and words[j + n] in _ORGANISATION:
            break  # "rehab officer, sensory team": the team's name, not the officer's
        if runs and _relationship_at(words, j + n) is not None:
            break  # "my daughter Mary and Jim next door": Jim has his own relationship
        runs.append((j, j + n))
        j += n
        if j + 1 < len(words) and words[j] in ("and", "&") and toks[j + 1].group(0)[0].isupper():
            j += 1
            continue
        break
    return runs


def _couple(toks: list[re.Match[str]], words: list[str], j: int) -> tuple[int, int] | None:
    """ "Mr and Mrs Iqbal": two titles sharing one surname are one entry, as said."""
    if (words[j : j + 1] and words[j] in _TITLES and words[j + 1 : j + 2] in (["and"], ["&"])
            and words[j + 2 : j + 3] and words[j + 2] in _TITLES):  # fmt: skip
        n = _name_run(toks, j + 2, after_relationship=False)
        return (j, j + 2 + n) if n > 1 else None
    return None


# "neighbour across the landing, Mrs Dooley": a where-phrase closed by a comma, then the name.
_WHERE = frozenset(
    {"from", "at", "across", "over", "opposite", "next", "up", "down", "round", "along",
     "upstairs", "downstairs"}
)  # fmt: skip


def _qualifier_end(words: list[str], j: int) -> int | None:
    """Where the name starts after "of mine" or "from school," (a comma must close a "from"
    phrase, so "my friend from church helps" is not read as naming "helps")."""
    if words[j : j + 1] == ["of"] and words[j + 1 : j + 2] and words[j + 1] in _OF_MINE:
        return j + 2
    if words[j : j + 1] and words[j] in _WHERE:
        for k in range(j + 2, min(j + 8, len(words))):
            if words[k] in _ENDS:
                return None
            if words[k] == ",":
                return k
            if words[k] in ("called", "named"):  # "my friend from church called Shona"
                return k
    return None


def _kind_before(toks: list[re.Match[str]], words: list[str], i: int, label: str) -> str:
    """ "my alcohol worker": a job word that needs its kind takes the word before it."""
    if label not in _NEEDS_KIND or i == 0:
        return label
    tok = toks[i - 1].group(0)
    plain = tok.isalpha() and (tok.islower() or tok.isupper())
    keep = plain and words[i - 1] not in _NOT_NAMES and words[i - 1] not in _OWNERS
    if not (keep or tok in _KIND_NAMES):
        return label
    two = toks[i - 2].group(0) if i > 1 else ""
    if two.lower() in _KIND_FIRST or (_acronym(two) and tok.islower()):
        # "heart failure nurse", "mental health nurse", "HDA specialist adviser"
        return f"{two} {tok} {label}"
    return f"{tok} {label}"


# "Mum", "Dad", "Nan": relatives called by the word, as by a name; said capitalised with no "my"
# after a name and a comma ("Kerry, Dad and the GP") they are one more in a list.
_ADDRESS = frozenset(lexicon.load("people_words")["address_words"])


def _acronym(tok: str) -> bool:
    """ "HDA", "MND": a kind of service or condition in capitals, not a relationship itself."""
    return tok.isalpha() and tok.isupper() and 2 <= len(tok) <= 5 and tok not in _CAPITALS


_SAYS = frozenset({"says", "said", "reckons", "reckoned", "thinks", "thought", "calls", "put"})


def _aside_speaker(
    toks: list[re.Match[str]], words: list[str], before: tuple[int, int], first: int, end: int
) -> bool:
    """A relationship said bare ("mum", no "my") as who says or does what follows: "funny (mum
    says)", "stubborn, dad reckons" are the words of an aside; "pip, mum does it now" (typed in
    lower case) ends a list before her clause. The word before is not her name ("Mary (my
    daughter) says", "Sue, my sister, helps" still are)."""
    if first == 0 or words[first - 1] in _OWNERS or end >= len(words):
        return False
    said_before = toks[before[0]].group(0)
    if words[end] in _SAYS and "(" in [*words[before[1] : first], words[before[1] - 1]]:
        return True
    if words[end] in _SAYS and words[first - 1] == ",":
        return not said_before[:1].isupper() or not could_be_name(said_before)
    return said_before.islower() and words[first - 1] == "," and _verb(toks[end].group(0))


def _name_before(toks: list[re.Match[str]], words: list[str], i: int) -> tuple[int, int] | None:
    """ "Mary, my daughter" / "Mary (my daughter)" / "Jim next door"."""
    j = i
    if j > 0 and words[j - 1] in ("my", "our", "his", "her", "the"):
        j -= 1
    elif i < len(toks) and toks[i].group(0) in _ADDRESS and j > 0 and words[j - 1] == ",":
        return None
    while j > 0 and words[j - 1] in (",", "(", "is", "who"):
        j -= 1
    end = j
    start = end
    while start > 0 and _is_name(toks[start - 1].group(0), False):
        start -= 1
    if start == end and j < i and _lower_item_name(toks, words, end):
        return (end - 1, end)  # "sue the hep c nurse", "and mo my worker"
    if 0 < start < end and words[start - 1] in _TITLES:
        start -= 1  # "Dr Ahmed, my GP": the title belongs to the name
    if start < end == i and re.search(r"['\u2019]s$", toks[end - 1].group(0)):
        return None  # "Kasia's IMCA": whose they are, not who ("Jo's my sister" is who)
    return (start, end) if start < end else None


_ITEM_VERBS = frozenset(lexicon.load("people_words")["item_verbs"])
_ITEM_STARTS = _ENDS | {",", "and", "&"}


def _lower_item_name(toks: list[re.Match[str]], words: list[str], end: int) -> bool:
    """A lower-case word opening a list item, straight before "my" or "the" and who someone is
    ("jodie and mo. and sue the hep c nurse", "mo my worker at cgl"), is their name typed in lower
    case; never a verb or another word that is no name ("ask my son", "tell the nurse")."""
    if end < 1 or (end > 1 and words[end - 2] not in _ITEM_STARTS):
        return False
    tok = toks[end - 1].group(0)
    return (tok.islower() and tok.isalpha() and words[end - 1] not in _ITEM_VERBS
            and words[end - 1] not in relationship_words() and _is_name(tok, True))  # fmt: skip


def _mention(
    text: str,
    toks: list[re.Match[str]],
    s: int,
    e: int,
    label: str,
    role: str,
    rs: int,
    re_: int | None = None,
) -> Mention:
    lo = min(s, rs - 1 if rs > 0 and toks[rs - 1].group(0).lower() == "my" else rs)
    hi = max(e, re_ or rs + 1)
    name = " ".join(t.group(0) for t in toks[s:e])
    return Mention(_title(name), label, role, text[toks[lo].start() : toks[hi - 1].end()],
                   toks[lo].start(), toks[hi - 1].end())  # fmt: skip


def _bare_names(text: str, toks: list[re.Match[str]], used: set[int]) -> list[Mention]:
    words = [t.group(0).lower().replace("\u2019", "'") for t in toks]
    found = []
    i = 0
    while i < len(toks):
        n = 0 if i in used else _name_run(toks, i, after_relationship=False)
        if (
            n
            and not any(k in used for k in range(i, i + n))
            and not _place_or_team(toks, words, i, n)
            and not _opens_with_verb(toks, words, i, n)
        ):
            s, e = toks[i].start(), toks[i + n - 1].end()
            doctor = toks[i].group(0).lower() == "dr"
            name = " ".join(t.group(0) for t in toks[i : i + n])
            found.append(Mention(_title(name), "doctor" if doctor else None,
                                 "professional" if doctor else None, text[s:e], s, e))  # fmt: skip
        i += max(n, 1)
    return found


def _place_or_team(toks: list[re.Match[str]], words: list[str], i: int, n: int) -> bool:
    """A capitalised word that names a place ("in Perth", "lives in Bristol", "comes from
    Wolverhampton") or a team ("the Sensory Team", "Memory Service"), not a person. A possessive
    ("at Mary's", "in Jo's car") still names someone."""
    if words[i + n - 1] in _ORGANISATION or (i + n < len(words) and words[i + n] in _ORGANISATION):
        return True
    if i > 0 and words[i - 1] in ("(", ",") and _team_after(toks, words, i + n):
        return True  # "(Eden locality team)", ", Kendal community mental health team"
    if words[i + n - 1] in _WORKPLACES or (i + n < len(words) and words[i + n] in _WORKPLACES):
        return True  # "Lincoln College", "St Mary's School"
    possessive = toks[i + n - 1].group(0)[-2:] in ("'s", "\u2019s")
    if i + n < len(words) and words[i + n] in _ACTIVITIES | _LAWS and not possessive:
        return True  # "Drama group on Thursdays", "Railway club", "the Care Act"
    if i > 0 and words[i - 1] == "the" and words[i] not in _TITLES and not possessive:
        return True  # "at the Royal Oak", "drama at the Ark": a pub, a venue
    if i > 0 and words[i - 1] in _PLACE_BEFORE | {"to"} and _place_name(words[i : i + n]):
        # "rings from Australia", "phones from Devon", "moved to Spain"; not "help from Devon"
        return words[i - 1] != "from" or i < 2 or words[i - 2] not in _HELP_FROM
    if i == 0 or words[i - 1] not in _PLACE_BEFORE or possessive:
        return False
    if words[i - 1] != "from":
        return True
    return any(w in _COMES for w in words[max(0, i - 4) : i - 1])  # "help from Rhys" is Rhys


def _team_after(toks: list[re.Match[str]], words: list[str], k: int) -> bool:
    """Whether up to three lower-case words that are no verbs, then a team word, follow."""
    for j in range(k, min(k + 4, len(words))):
        if words[j] in _ORGANISATION:
            return j > k
        tok = toks[j].group(0)
        if not (tok.isalpha() and (tok.islower() or tok.isupper())) or words[j] in _NOT_NAMES:
            return False
    return False


_ACTIVITIES = frozenset(lexicon.load("people_words")["activity_words"])
_LAWS = frozenset(lexicon.load("people_words")["law_words"])
_HELP_FROM = frozenset({"help", "helps", "support", "lift", "lifts", "text", "letter", "card"})
_PLACES = frozenset(p.lower() for p in lexicon.load("people_places")["places"])


def _place_name(words: list[str]) -> bool:
    """ "Australia", "New Zealand", "Devon": a country, county or city (``people_places``)."""
    return " ".join(words) in _PLACES or (len(words) > 1 and words[0] in _PLACES)


def _bare(tok: str) -> str:
    """ "Mary's" -> "Mary": a possessive still names Mary."""
    return re.sub(r"['\u2019]s$", "", tok)


def _title(name: str) -> str:
    return " ".join(
        w if w.lower() == "and" else _bare(w) if w[:1].isupper() else _bare(w).capitalize()
        for w in name.split()
    )


_PHONE = re.compile(
    r"(?:\+44\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}"
    r"|\+(?!44)\d{1,3}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){1,3}\b"  # "+61 491 570 156": abroad
)


def phones(text: str) -> list[tuple[str, int]]:
    """UK phone numbers (and numbers abroad, with their country code) and where they start."""
    return [(m.group(0).strip(), m.start()) for m in _PHONE.finditer(text)]


def role_of(relationship: str | None) -> str | None:
    """The involvement role for a relationship label ("daughter" -> "family"), or for the job at
    its end ("HDA specialist adviser", "COPD nurse" -> "professional")."""
    said = (relationship or "").split()
    for k in range(len(said)):
        label = " ".join(said[k:])
        for phrase, known, role in _relationship_words():
            if label in (known, " ".join(phrase)):
                return role
    return None
