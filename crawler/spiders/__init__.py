"""Spiders: they discover pages and request them; extraction and storage happen elsewhere."""
