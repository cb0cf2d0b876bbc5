"""A fixture news portal served by a real HTTP server on 127.0.0.1 (see server.py)."""
