"""The archive: typed SQLAlchemy models of the public schema and the session scope that writes them."""
