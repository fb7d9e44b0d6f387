"""Import a council's care and support plan (DOCX or plain text) as a draft plan in our schema.

For advocates: the plans councils send are long Word documents or system exports. The importer
maps their headings, "Label: value" lines and tables deterministically (the words it knows are in
``prompts/importer/``) and records where every fact came from: ``plan.provenance[path]`` names
the paragraph, line or table cell and quotes it. Text it cannot place is never dropped: it is
returned in ``unplaced`` for the advocate to read and place by hand.

    result = import_document(data, "plan.docx")
    result.plan            # a valid Plan, status "draft"
    result.unplaced        # [UnplacedText(ref="paragraph 40", text="...", reason="...")]
"""

from __future__ import annotations

from service.importer.core import (
    ImportNote,
    ImportResult,
    UnplacedText,
    import_document,
    import_text,
)
from service.importer.readers import MAX_UPLOAD_BYTES

__all__ = [
    "MAX_UPLOAD_BYTES",
    "ImportNote",
    "ImportResult",
    "UnplacedText",
    "import_document",
    "import_text",
]
