"""The LLM adapter: builds a chat model from the environment, or none (the default).

``CAREPLAN_LLM=provider:model`` (for example ``openai:gpt-4o-mini`` or ``ollama:llama3.1``)
selects a langchain chat model; the provider package is an optional extra
(``pip install careplan[llm-openai]``). Unset or empty means no LLM: the service works fully
offline with deterministic extraction. Nothing is fetched at import or start-up.

Errors are those of ``service.conversation.llm`` (``LlmUnavailable`` for an unknown provider or
a missing package).
"""

from __future__ import annotations

from service.llm.factory import chat_model_from_env, proposer_from_env

__all__ = ["chat_model_from_env", "proposer_from_env"]
