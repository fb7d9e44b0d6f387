"""Easy read: plans people with learning disabilities can read, and a checker for any text.

``linter.lint(text)`` checks text against the easy-read standard (ER-3, ER-9 to ER-15 and the
readability gates in ``../shared/domain/ACCESSIBLE_OUTPUT.md``).
"""
