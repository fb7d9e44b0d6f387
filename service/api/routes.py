"""Every router the API mounts, in one list: (prefix, module path).

Each module exposes ``router = ninja.Router(...)``. Add one line per feature.
"""

from __future__ import annotations

ROUTERS: list[tuple[str, str]] = [
    ("", "service.api.core"),
    ("/plans", "service.api.plans"),
    ("", "service.api.money"),
    ("", "service.api.rules"),
    ("/imports", "service.api.imports"),
    ("/conversations", "service.api.conversations"),
    ("", "service.api.documents"),
    ("", "service.api.easyread"),
]
