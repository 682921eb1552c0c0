"""Files in, articles out: decoding, page structure and furniture, datelines, bylines, the importer."""
