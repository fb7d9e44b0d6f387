"""Which outside tools are here. Each check returns ``None`` when the tool works, else why not."""

from __future__ import annotations

import shutil
from functools import cache


@cache
def weasyprint() -> str | None:
    """PDF needs WeasyPrint and the Pango library it loads at import time."""
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        return "WeasyPrint is not installed (pip install weasyprint)"
    except OSError as error:  # WeasyPrint raises OSError when Pango cannot be loaded
        return f"WeasyPrint cannot load Pango ({error}); install the pango library"
    return None


@cache
def soffice() -> str | None:
    """Converting Word to PDF needs LibreOffice."""
    return None if shutil.which("soffice") else "LibreOffice (soffice) is not installed"


@cache
def espeak() -> str | None:
    """Audio needs espeak-ng."""
    return None if shutil.which("espeak-ng") else "espeak-ng is not installed"
