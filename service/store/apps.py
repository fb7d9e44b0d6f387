from __future__ import annotations

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "service.store"
    label = "store"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.core.checks import register

        # Models defined outside models.py register only when imported: without this,
        # makemigrations would see ConversationRecord as deleted and write a migration
        # dropping the conversations table.
        from service.store import conversations  # noqa: F401
        from service.store.documents import check_prerender_setting

        # A misspelt document in CAREPLAN_PRERENDER fails at startup, not silently later.
        register(check_prerender_setting)
