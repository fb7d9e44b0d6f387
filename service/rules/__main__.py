"""``python -m service.rules``: see ``service.rules.cli``."""

from __future__ import annotations

import sys

from service.rules.cli import main

sys.exit(main())
