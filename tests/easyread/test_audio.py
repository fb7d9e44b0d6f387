"""Easy-read audio: British voice, one file per section plus the whole, spoken money and dates."""

from __future__ import annotations

import io
import wave
import zipfile

import pytest

from service.documents import available_formats, render
from service.documents.easyread import audio, build
from service.documents.easyread.audio import section_speech, spoken
from service.errors import Unavailable
from service.plan import parse_plan
from tests.easyread.conftest import DEMO_PLANS as PLANS

SMALL = {
    "person": {"name": "Sam Smith"},
    "local_authority": "Lincolnshire County Council",
    "personal_budget": {"total": "182.50", "period": "week"},
    "review": {"first_review_on": "2027-03-01"},
}


def test_money_dates_and_phone_numbers_are_spoken_naturally() -> None:
    assert spoken("It is £182.50 each week.") == "It is 182 pounds 50 each week."
    assert spoken("It is £1,250 each week.") == "It is 1250 pounds each week."
    assert spoken("On Monday 3 March 2027.") == "On Monday 3rd March 2027."
    assert spoken("Call 07700 900456.") == "Call 0 7 7 0 0, 9 0 0 4 5 6."


def test_headings_are_spoken_as_parts() -> None:
    doc = build(parse_plan(SMALL))
    money = next(s for s in doc.sections if s.key == "money")
    speech = section_speech(money)
    assert speech.startswith(f"Part {money.number}. My money.\n")
    assert "182 pounds 50 each week" in speech


def test_one_file_per_section_plus_the_whole() -> None:
    data = render(parse_plan(SMALL), "audio-parts", "easy-read")
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = archive.namelist()
    doc = build(parse_plan(SMALL))
    assert len(names) == len(doc.sections) + 1
    assert names[-1] == "whole-plan.mp3" and names[0] == "part-01-about-this-plan.mp3"
    for name in names:
        head = archive.read(name)[:2]
        assert head[0] == 0xFF and head[1] & 0xE0 == 0xE0  # an MPEG audio frame
    parts = sum(len(archive.read(n)) for n in names[:-1])
    assert len(archive.read("whole-plan.mp3")) > parts  # the parts plus the title and credits


def test_wav_is_british_slow_speech() -> None:
    data = render(parse_plan(SMALL), "wav", "easy-read")
    with wave.open(io.BytesIO(data)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1
    text = audio.document_speech(build(parse_plan(SMALL)))
    words = len(text.split())
    # Slower than espeak-ng's default 175 words a minute (pauses make it slower still).
    assert words / (seconds / 60) < 150
    assert audio.VOICE == "en-gb"


def test_missing_espeak_is_reported_not_crashed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audio, "ESPEAK", "espeak-ng-not-installed-here")
    reasons = {f["format"]: f["reason"] for f in available_formats()}
    assert reasons["wav"] == "espeak-ng is not installed"
    assert reasons["audio-parts"] == "espeak-ng is not installed"
    with pytest.raises(Unavailable):
        render(parse_plan(SMALL), "wav", "easy-read")


def test_missing_mp3_encoder_falls_back_to_wav_in_the_parts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audio, "LAME", "lame-not-installed-here")
    reasons = {f["format"]: f["reason"] for f in available_formats()}
    assert "lame" in (reasons["audio"] or "")
    names = zipfile.ZipFile(
        io.BytesIO(render(parse_plan(SMALL), "audio-parts", "easy-read"))
    ).namelist()
    assert names[-1] == "whole-plan.wav"


@pytest.mark.slow
def test_a_whole_demo_plan_as_mp3() -> None:
    plan = PLANS[sorted(PLANS)[0]]
    data = render(plan, "audio", "easy-read")
    assert data[0] == 0xFF and len(data) > 100_000
