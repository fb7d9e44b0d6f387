"""The person's name, the name they like to be called, and their language (with whether they
need an interpreter)."""

from __future__ import annotations

import re

from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation.answer_people import TITLE, TITLES
from service.conversation.extract_base import Context, Extraction, said, set_
from service.conversation.understand_yesno import Reply, classify

_PREF_NAME = rf"(?P<n>(?:{TITLE}\.?\s+)?[^\W\d_](?:[^\W\d_]|['-])*?)"
# "everyone calls me Flo", "I go by Meg", "prefers Dan"
_PREF_CUED = re.compile(
    r"(?<!nobody's )(?<!nobody has )(?<!no one's )(?<!never )(?<!don't )(?<!not )"
    r"(?:(?:calls?|call)\s+(?:me|her|him|them)|called(?:\s+(?:me|her|him))?|known as|goes by|go by"
    r"|prefers?|likes? to be called|(?:it's|its|it is)\s+just|just call (?:me|her|him))\s+"
    rf"(?P<n>(?:{TITLE}\.?\s+)?(?!(?:me|her|him|them)\b)[A-Za-z'-]+)",
    re.I,
)
# "Nobody calls me Ellsworth", "no one calls her Jade Louise unless she's in trouble", "I don't
# like being called Margaret": a name turned down in its own clause is not the one used
_TURNED_DOWN = re.compile(
    r"\b(?:nobody|no\s*one|noone|never|not|don['\u2019]?t|doesn['\u2019]?t|won['\u2019]?t"
    r"|hates?|except|only)\b[^,.;!?\n\u2013\u2014]*$",
    re.I,
)
# "it's Jadey at home", "Bill to us", "we call him Tommo at home": the name the family uses
_PREF_HOME = re.compile(
    r"(?:^|[,.;(/\u2014\u2013]|\s-)\s*(?:(?:but|and)\s+)?(?:(?:it['\u2019]?s|it\s+is|just|we\s+say"
    r"|we\s+call\s+(?:her|him|them))\s+)(?P<n>[^\W\d_](?:[^\W\d_]|['-])+)\s+(?:at\s+home|to\s+(?:us|family"
    r"|the\s+family|her\s+family|his\s+family|friends|everyone|everybody))\b",
    re.I,
)
# "Thomas Edward RIDLEY - 'Ted'", 'Margaret "Peggy" Hill': a name in quotes is the one used
_PREF_QUOTED = re.compile(
    r"(?:^|[\s,.;(/\u2014\u2013-])['\"\u2018\u201c](?P<n>[A-Z][a-z-]+)['\"\u2019\u201d]"
)
_SAID_AS = re.compile(r"\b(?:pronounced|said|spelt|spelled|sounds\s+like|as\s+in)\W*$", re.I)
# "Joan's fine", "Pat is fine", "Mr Iqbal will do", "Bob to my mates", "Pat for short"
_PREF_SAID = re.compile(
    rf"\b{_PREF_NAME}(?:(?:['\u2019]s|\s+is|\s+will|['\u2019]ll)\s+(?:fine|ok|okay|alright|good|do)"
    r"|\s+to\s+(?:(?:my|the|all|all my|most)\s+)?(?:mates|friends|family|pals|mum|mam|dad|kids"
    r"|grandkids|grandchildren|lads|girls|everyone|everybody|people)|\s+for\s+short)\b",
    re.I,
)
# "Hilary Anne Brennan - just Hilary", "chantelle moss. everyone says Chan", "Rob, the lads say
# Robbo": a name after "just", or after what everyone says or uses; said in capitals, or a short
# form of the first name (so "people say lovely things" names nobody)
_PREF_JUST = re.compile(
    r"(?:^|[,.;(/\u2014\u2013]|\s-)\s*(?:(?:just|only|simply)\s+"
    r"|(?:everyone|everybody|people|folk|they|(?:all\s+)?(?:my|the|his|her)\s+(?:mates|friends"
    r"|family|lads|girls|kids|pals))\s+(?:says?|use|uses|know\s+(?:me|her|him)\s+as)\s+)"
    r"(?P<n>[^\W\d_](?:[^\W\d_]|['-])+)\s*\)?\s*(?:please|thanks|ta)?[\s.!]*$",
    re.I,
)
# "Lorraine Ann FITT (uses Lorraine)", "Robert Smith, answers to Bob": a practitioner's words for
# the name used; a capitalised name must follow ("uses BSL" is no name)
_PREF_USES = re.compile(
    rf"\b(?:uses|answers to|responds to|preferred(?: name)?:?)\s+(?P<n>(?:{TITLE}\.?\s+)?[A-Z][a-z'-]+)\b"
)
# "Kevin Doyle. Kev", "Ronald Fisher, Ron", "Desmond Clarke (Des)", "Patricia - Pat"
_PREF_ALONE = re.compile(
    r"(?:[,.;(/\u2014\u2013]|\s-)\s*(?P<n>[A-Z][a-z'-]+)\s*\)?\s*(?:please|thanks|ta)?[\s.!]*$"
)
# "Stephen Ashdown. I am Steve", "Margaret Hill, but I'm Peggy": after the full name, "I am" and
# a short form of the first name (so "I'm Deaf", "I'm Fine" and a surname said again are none)
_PREF_I_AM = re.compile(
    r"(?:^|[,.;(/\u2014\u2013]|\s-)\s*(?:(?:but|and|though)\s+)?(?:i\s+am|i['\u2019]m|im)\s+"
    r"(?:just\s+|always\s+)?(?P<n>[^\W\d_](?:[^\W\d_]|['-])+)\b(?!\s+[a-z])",
    re.I,
)
# "william hartley but its Liam", "Katherine Jones, it's Kate really", "Amber-Louise Hart. She
# likes Amber", "Samantha Cole - she'd like Sam": after the full name, "it's" or what they like and
# a short form of the first name (so "but it's fine", "she likes Coronation Street" are none)
_PREF_ITS = re.compile(
    r"(?:^|[,.;(/\u2014\u2013]|\s-|\bbut\b)\s*(?:(?:but|and|though)\s+)?"
    r"(?:(?:it['\u2019]?s|it\s+is)\s+(?:just\s+|always\s+)?"
    r"|(?:(?:she|he|they)\s+|(?:she|he|they)['\u2019]d\s+|i['\u2019]d\s+|i\s+)?"
    r"(?:likes?|prefers?|would\s+like)\s+(?:being\s+called\s+|to\s+be\s+called\s+)?)"
    r"(?P<n>[^\W\d_](?:[^\W\d_]|['-])+)\b",
    re.I,
)
_NAME_SPLIT = re.compile(
    r"\s*(?:[,.;(/\u2014\u2013]|\s-\s|\bbut\b|\band\b|\bor\b|\bcall me\b|\bknown as\b"
    r"|\bprefers?\b)\s*",
    re.I,
)


def x_name(text: str, ctx: Context) -> Extraction:
    words = said(text)
    # "Mr. Harris": a title's full stop does not end the name
    plain = re.sub(rf"\b({TITLE})\.", r"\1", words, flags=re.I)
    main = _NAME_SPLIT.split(plain, maxsplit=1)[0]
    main = re.sub(
        r"^(?:(?:my|his|her|their) name is|(?:my|his|her|their) name['\u2019]s|i'm|i am|it's"
        r"|it is|this is|name is|hi,? i'm)\s+",
        "",
        main,
        flags=re.I,
    )
    main = re.sub(r"\s+(?:here|speaking)$", "", main, flags=re.I).strip(" .")
    quoted = _PREF_QUOTED.search(main)  # 'Margaret "Peggy" Hill': the name used, inside
    if quoted:
        main = re.sub(r"\s+", " ", main[: quoted.start("n") - 1] + main[quoted.end() :]).strip()
    if not main or len(main.split()) > 5:
        return Extraction(clarify="people")
    facts = [set_("person.name", _cased(people._title(main)), words)]
    pref = (
        (quoted["n"], quoted.group(0).strip())
        if quoted
        else _preferred_name(plain[len(main) :] if plain.startswith(main) else plain, main)
    )
    if pref:
        facts.append(set_("person.preferred_name", *pref))
    return Extraction(facts, value=main)


def _cased(name: str) -> str:
    """ "Thomas Edward RIDLEY" -> "Thomas Edward Ridley": a surname in a practitioner's capitals
    is written as a name ("O'NEILL-SMITH" -> "O'Neill-Smith"); initials ("J R Hartley") stay."""
    return " ".join(
        re.sub(r"[^\W\d_]+", lambda p: p.group(0).capitalize(), w) if len(w) > 2 and w.isupper()
        else w
        for w in name.split()
    )  # fmt: skip


def _preferred_name(rest: str, main: str) -> tuple[str, str] | None:
    """The name the person likes to be called, said after their full name: with words that say
    so ("everyone calls me Flo", "Joan's fine", "Bob to my mates"), or alone after it ("Kevin
    Doyle. Kev") when it is a short form of the first name. The full name again, a title alone
    ("Sarah Sharma, Ms") or an ordinary word ("Tom Reilly. Thanks") is not a preferred name."""
    names = {w.lower() for w in main.split()}
    for pattern in (_PREF_CUED, _PREF_HOME, _PREF_QUOTED, _PREF_SAID, _PREF_USES):
        for hit in pattern.finditer(rest):
            if _TURNED_DOWN.search(rest[: hit.start("n")]):
                continue  # "nobody calls me Ellsworth": not the name used
            if pattern is _PREF_QUOTED and _SAID_AS.search(rest[: hit.start("n")]):
                continue  # "(pronounced 'Zbig-nyev')": how it sounds, not another name
            said_name = " ".join(people._title(w) for w in hit["n"].replace(".", "").split())
            last = said_name.split()[-1]
            if said_name.lower() == main.lower() or last.lower() in TITLES:
                continue
            if last.lower() in _NOT_PREFERRED:
                continue  # "everyone calls me by my name"
            if people.could_be_name(last) or pattern in (_PREF_CUED, _PREF_QUOTED):
                return said_name, hit.group(0).strip(" ,.()")
    first = next((w for w in main.split() if w.lower().rstrip(".") not in TITLES), "")
    for hit in _PREF_I_AM.finditer(rest):
        said_name = people._title(hit["n"])
        known = said_name.lower() in names or not people.could_be_name(said_name)
        if not known and _short_form(said_name, first):
            return said_name, hit.group(0).strip(" ,.()-")
    for hit in _PREF_ITS.finditer(rest):
        said_name = people._title(hit["n"])
        if said_name.lower() in names or not people.could_be_name(said_name):
            continue
        if _short_form(said_name, first) and not _TURNED_DOWN.search(rest[: hit.start("n")]):
            return said_name, hit.group(0).strip(" ,.()-")
    just = _PREF_JUST.search(rest)
    if just and just["n"].lower() != main.lower() and len(main.split()) > 1:
        said_name = people._title(just["n"])
        if people.could_be_name(said_name) and (
            just["n"][0].isupper() or _short_form(just["n"], first)
        ):
            return said_name, just.group(0).strip(" ,.()-")
    alone = _PREF_ALONE.search(rest)
    if alone and alone["n"].lower() not in names and people.could_be_name(alone["n"]):
        first = next((w for w in main.split() if w.lower().rstrip(".") not in TITLES), "")
        if _short_form(alone["n"], first):
            return alone["n"], alone["n"]
    return None


# "everyone calls me by my name", "calls me all sorts": no name said after the cue
_NOT_PREFERRED = frozenset(
    {"by", "my", "the", "a", "an", "his", "her", "their", "name", "names", "nickname", "first",
     "surname", "that", "this", "it", "what", "whatever", "anything", "something", "all", "lots"}
)  # fmt: skip


def _short_form(short: str, first: str) -> bool:
    """ "Kev" of Kevin, "Pat" of Patricia, "Bob" of Robert (``nicknames``)."""
    listed = lexicon.load("people_words")["nicknames"].get(first.capitalize(), [])
    starts = short[:2].lower() == first[:2].lower() and len(short) <= len(first) + 2
    return starts or short.capitalize() in listed


def x_language(text: str, ctx: Context) -> Extraction:
    langs = lexicon.load("languages")
    found = lexicon.match(text, {k: [k, *v] for k, v in langs.items()})
    facts = []
    if found:
        facts.append(
            set_("person.communication.language", found[0].key, lexicon.original(text, found[0]))
        )
    interp = re.search(
        r"(?:(no|not|don't|dont|doesn't|doesnt|won't|without|n\/a)\b[\w\s']{0,20})?\b(?:interpreters?|interp|interpretor|intepreter|translator)\b",
        text,
        re.I,
    )
    if interp:
        facts.append(
            set_("person.communication.interpreter", not interp[1], interp.group(0).strip())
        )
    if not facts:
        return Extraction(unplaced=said(text)) if classify(text) is Reply.unknown else Extraction()
    return Extraction(facts, value=found[0].key if found else None)
