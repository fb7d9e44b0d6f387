"""Test helpers shared by several areas (browser + axe-core, ...)."""
