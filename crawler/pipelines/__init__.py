"""Item pipelines, in order: validate, deduplicate within the crawl, archive (insert/update/duplicate)."""
