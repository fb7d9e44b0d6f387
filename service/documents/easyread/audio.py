"""Easy-read audio: espeak-ng reads the document with a British voice, slower than usual.

One file per section plus one for the whole plan. Headings are spoken as "Part 2. My support.";
money ("£182.50" -> "182 pounds 50"), dates ("Monday 3rd March 2027") and phone numbers (digit by
digit) are rewritten so they are spoken naturally. WAV always (espeak-ng's own output); MP3 where
``lame`` is installed. espeak-ng and lame run as separate programs; when espeak-ng is missing the
format reports itself unavailable instead of failing (``GET /api/formats``).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import wave
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from service.documents.easyread.model import EasyReadDocument, Section
from service.documents.easyread.templates import say, words
from service.errors import Unavailable

ESPEAK = "espeak-ng"
LAME = "lame"
VOICE = "en-gb"
WORDS_PER_MINUTE = 140  # espeak-ng's default is 175: slower is easier to follow
WORD_GAP = 2  # extra pause between words, in 10 ms units
TIMEOUT_S = 300
# Constant bit rate without the VBR info frame: MP3 files joined end to end stay one valid stream,
# so the whole-plan MP3 is the sections' MP3s joined (each second of speech is encoded once).
# 48 kbit/s mono is plenty for speech; -q 7 is lame's fast mode.
LAME_ARGS = ("--quiet", "-b", "48", "-m", "m", "-t", "-q", "7")
WORKERS = max(1, min(4, os.cpu_count() or 1))

_MONEY = re.compile(r"£(\d[\d,]*)(?:\.(\d{2}))?")
_PHONE = re.compile(r"\b0\d{2,4}[ \d]{6,10}\d\b")
_DATE = re.compile(
    r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def espeak_missing() -> str | None:
    return None if shutil.which(ESPEAK) else "espeak-ng is not installed"


def mp3_missing() -> str | None:
    return None if shutil.which(LAME) else "lame (the MP3 encoder) is not installed"


# --- what is said ----------------------------------------------------------------------------------


def _money(match: re.Match[str]) -> str:
    pounds, pence = match[1].replace(",", ""), match[2]
    if pence and pence != "00":
        return say("audio.pounds_pence", pounds=pounds, pence=pence)
    return say("audio.pounds", pounds=pounds)


def _ordinal(day: int) -> str:
    ordinals: dict[int, str] = words()["audio"]["ordinals"]
    return ordinals.get(day, f"{day}th")


def spoken(text: str) -> str:
    """Rewrite what a speech engine would misread: money, dates, phone numbers."""
    text = _MONEY.sub(_money, text)
    text = _DATE.sub(lambda m: f"{_ordinal(int(m[1]))} {m[2]}", text)
    return _PHONE.sub(lambda m: ", ".join(" ".join(group) for group in m.group().split()), text)


def section_speech(section: Section) -> str:
    heading = say("part", number=section.number, title=section.title)
    lines = [heading] + [line.text for row in section.rows for line in row.lines]
    return spoken("\n".join(lines))


def document_speech(doc: EasyReadDocument) -> str:
    title = say("audio.title", title=doc.title, name=doc.person_name)
    return "\n".join(
        [spoken(title)] + [section_speech(s) for s in doc.sections] + [doc.attribution]
    )


# --- making the sound ---------------------------------------------------------------------------


def _run(command: list[str], data: bytes) -> bytes:
    result = subprocess.run(
        command, input=data, capture_output=True, timeout=TIMEOUT_S, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stderr.decode(errors='replace')[:300]}")
    return result.stdout


def wav(text: str) -> bytes:
    reason = espeak_missing()
    if reason:
        raise Unavailable(f"Audio cannot be made here: {reason}", {"format": "audio"})
    command = [ESPEAK, "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-g", str(WORD_GAP), "--stdout"]
    return _run(command, text.encode("utf-8"))


def mp3(wav_bytes: bytes) -> bytes:
    reason = mp3_missing()
    if reason:
        raise Unavailable(f"MP3 audio cannot be made here: {reason}", {"format": "audio"})
    return _run([LAME, *LAME_ARGS, "-", "-"], wav_bytes)


def join_wavs(parts: list[bytes]) -> bytes:
    """One WAV from several with the same format (espeak-ng always writes the same format)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        for index, part in enumerate(parts):
            with wave.open(io.BytesIO(part), "rb") as source:
                if index == 0:
                    target.setparams(source.getparams())
                target.writeframes(source.readframes(source.getnframes()))
    return out.getvalue()


@dataclass(frozen=True)
class Recording:
    name: str  # file name without extension
    wav: bytes
    mp3: bytes | None = None


def _texts(doc: EasyReadDocument) -> list[tuple[str, str]]:
    """(file name, speech) for the title, each section and the attribution, in order."""
    title = spoken(say("audio.title", title=doc.title, name=doc.person_name))
    parts = [(f"part-{s.number:02d}-{_slug(s.title)}", section_speech(s)) for s in doc.sections]
    return [("title", title), *parts, ("pictures", doc.attribution)]


def recordings(doc: EasyReadDocument, *, with_mp3: bool = False) -> list[Recording]:
    """One recording per section, then the whole plan (title, every section, attribution).

    Sections are spoken (and encoded) in parallel: espeak-ng and lame are separate processes."""
    texts = _texts(doc)
    with ThreadPoolExecutor(WORKERS) as pool:
        wavs = list(pool.map(wav, [text for _, text in texts]))
        mp3s: list[bytes | None] = list(pool.map(mp3, wavs)) if with_mp3 else [None] * len(wavs)
    items = [Recording(name, w, m) for (name, _), w, m in zip(texts, wavs, mp3s, strict=True)]
    whole_mp3 = b"".join(i.mp3 for i in items if i.mp3) if with_mp3 else None
    whole = Recording(
        words()["audio"]["files"]["whole"], join_wavs([i.wav for i in items]), whole_mp3
    )
    return [i for i in items if i.name.startswith("part-")] + [whole]


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def render_wav(doc: EasyReadDocument) -> bytes:
    return recordings(doc)[-1].wav


def render_mp3(doc: EasyReadDocument) -> bytes:
    """The whole plan as MP3: the parts encoded in parallel and joined."""
    reason = mp3_missing()
    if reason:
        raise Unavailable(f"MP3 audio cannot be made here: {reason}", {"format": "audio"})
    whole = recordings(doc, with_mp3=True)[-1].mp3
    assert whole is not None
    return whole


def render_zip(doc: EasyReadDocument) -> bytes:
    """Every recording, as MP3 where lame is installed and as WAV otherwise."""
    use_mp3 = mp3_missing() is None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in recordings(doc, with_mp3=use_mp3):
            data, extension = (item.mp3, "mp3") if item.mp3 is not None else (item.wav, "wav")
            info = zipfile.ZipInfo(f"{item.name}.{extension}", date_time=(2000, 1, 1, 0, 0, 0))
            archive.writestr(
                info, data, compress_type=zipfile.ZIP_STORED if use_mp3 else zipfile.ZIP_DEFLATED
            )
    return out.getvalue()
