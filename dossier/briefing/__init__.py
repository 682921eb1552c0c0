"""Briefings: sections and items, excerpts and their anchoring, the briefing file."""
