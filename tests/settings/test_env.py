"""Environment readers: bad values stop start-up by name; empty means default."""

from __future__ import annotations

import pytest

from service.env import ConfigError, env_bool, env_int, env_list, env_str


def test_empty_string_means_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CP_TEST_URL", "")
    assert env_str("CP_TEST_URL", "sqlite:///x") == "sqlite:///x"


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("Off", False), ("1", True)])
def test_booleans(monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool) -> None:
    monkeypatch.setenv("CP_TEST_FLAG", raw)
    assert env_bool("CP_TEST_FLAG", not expected) is expected


def test_a_misspelt_boolean_fails_loudly_with_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CP_TEST_FLAG", "ture")
    with pytest.raises(ConfigError, match="CP_TEST_FLAG"):
        env_bool("CP_TEST_FLAG", False)


def test_numbers_must_be_whole_and_in_range(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CP_TEST_N", "1MB")
    with pytest.raises(ConfigError, match="CP_TEST_N"):
        env_int("CP_TEST_N", 5)
    monkeypatch.setenv("CP_TEST_N", "3")
    with pytest.raises(ConfigError, match="at least 10"):
        env_int("CP_TEST_N", 50, minimum=10)


def test_lists_are_comma_separated_and_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CP_TEST_HOSTS", " a.example , b.example,")
    assert env_list("CP_TEST_HOSTS", []) == ["a.example", "b.example"]


def _settings_in_subprocess(env: dict[str, str], expression: str) -> str:
    import os
    import subprocess
    import sys

    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CAREPLAN_")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": "service.settings", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_a_redis_url_gives_a_shared_cache_for_the_sign_in_limit() -> None:
    backend = "settings.CACHES['default']['BACKEND']"
    assert _settings_in_subprocess({}, backend).endswith("LocMemCache")
    with_redis = {"CAREPLAN_REDIS_URL": "redis://127.0.0.1:6379/5"}
    assert _settings_in_subprocess(with_redis, backend).endswith("RedisCache")


def test_production_refuses_to_start_without_a_secret_key() -> None:
    import subprocess

    with pytest.raises(subprocess.CalledProcessError) as caught:
        _settings_in_subprocess({"CAREPLAN_PRODUCTION": "true"}, "settings.SECRET_KEY")
    assert "CAREPLAN_SECRET_KEY" in caught.value.stderr
