# newswatch: the long-lived service (`newswatch serve`) in a slim image.
#
#   docker build -t newswatch .
#   docker run -v newswatch-data:/data -v ./newswatch.toml:/config/newswatch.toml:ro newswatch
#
# Stage 1 installs newswatch and its dependencies (wheels only) into a virtual environment; stage 2 copies
# just that environment onto a clean base, so pip's caches and the sources stay behind. The image runs as
# an unprivileged user, keeps its SQLite archive on the /data volume (or uses PostgreSQL through
# NEWSWATCH_DATABASE_URL, see compose.yaml), and reads the configuration file NEWSWATCH_CONFIG names.
ARG PYTHON_IMAGE=python:3.12-slim

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PREFER_BINARY=1
RUN python -m venv /opt/newswatch
# Dependencies first, so editing the code does not reinstall them.
WORKDIR /src
COPY pyproject.toml README.md ./
RUN mkdir -p crawler monitor newswatch migrations \
 && touch crawler/__init__.py monitor/__init__.py newswatch/__init__.py migrations/__init__.py \
 && /opt/newswatch/bin/pip install --quiet '.[postgres]' \
 && /opt/newswatch/bin/pip uninstall --quiet --yes newswatch
COPY crawler ./crawler
COPY monitor ./monitor
COPY newswatch ./newswatch
COPY migrations ./migrations
COPY alembic.ini scrapy.cfg ./
RUN /opt/newswatch/bin/pip install --quiet --no-deps . \
 && /opt/newswatch/bin/newswatch --help >/dev/null

FROM ${PYTHON_IMAGE}
RUN groupadd --system --gid 10001 newswatch \
 && useradd --system --uid 10001 --gid newswatch --home-dir /data --no-create-home \
      --shell /usr/sbin/nologin newswatch \
 && mkdir -p /data /config \
 && chown newswatch:newswatch /data
COPY --from=build /opt/newswatch /opt/newswatch
ENV PATH=/opt/newswatch/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    SCRAPY_SETTINGS_MODULE=crawler.settings \
    NEWSWATCH_CONFIG=/config/newswatch.toml
# The default database_url (sqlite:///data/newswatch.db) is relative to the working directory: /data.
WORKDIR /
VOLUME ["/data"]
USER newswatch:newswatch
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=15s --start-period=60s --retries=3 CMD ["newswatch", "health"]
ENTRYPOINT ["newswatch"]
CMD ["serve"]
