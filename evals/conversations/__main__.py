"""``python -m evals.conversations``: run the conversation evals and write the report."""

from __future__ import annotations

import sys

from evals.conversations.run import main

sys.exit(main())
