"""The Arabic text rules: folding, clitic chains, stems and name variant keys, shared by
indexing, querying, tagging and highlighting."""
