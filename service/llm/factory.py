"""``CAREPLAN_LLM=provider:model`` -> a langchain chat model, imported only when configured."""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import import_module
from typing import Any

from service.conversation.llm import LlmProposer, LlmUnavailable

ENV = "CAREPLAN_LLM"
# provider -> (module, class, extra to install). Temperature 0: extraction, not creativity.
PROVIDERS: dict[str, tuple[str, str, str]] = {
    "openai": ("langchain_openai", "ChatOpenAI", "llm-openai"),
    "ollama": ("langchain_ollama", "ChatOllama", "llm-ollama"),
    "anthropic": ("langchain_anthropic", "ChatAnthropic", "llm-anthropic"),
}


def parse_setting(value: str) -> tuple[str, str]:
    provider, sep, model = value.partition(":")
    if not sep or not provider.strip() or not model.strip():
        raise LlmUnavailable(
            f"{ENV} must look like 'provider:model' (e.g. openai:gpt-4o-mini), not {value!r}"
        )
    return provider.strip().lower(), model.strip()


def chat_model_from_env(env: Mapping[str, str] | None = None) -> Any | None:
    """The configured chat model, or ``None`` when ``CAREPLAN_LLM`` is unset (the default)."""
    setting = (env if env is not None else os.environ).get(ENV, "").strip()
    if not setting:
        return None
    provider, model = parse_setting(setting)
    if provider not in PROVIDERS:
        raise LlmUnavailable(
            f"Unknown LLM provider {provider!r}: use one of {', '.join(sorted(PROVIDERS))}"
        )
    module_name, class_name, extra = PROVIDERS[provider]
    try:
        module = import_module(module_name)
    except ImportError:
        raise LlmUnavailable(
            f"{ENV}={setting} needs the {module_name} package: pip install 'careplan[{extra}]'"
        ) from None
    return getattr(module, class_name)(model=model, temperature=0)


def proposer_from_env(env: Mapping[str, str] | None = None) -> LlmProposer | None:
    model = chat_model_from_env(env)
    return None if model is None else LlmProposer(model)
