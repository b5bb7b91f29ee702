# Tocsin's container image: `tocsin serve` by default, any `tocsin` command as arguments.
#   docker build -t tocsin .                       (the official Python 3.11 slim image as base)
#   docker run -p 8000:8000 -v tocsin-data:/data tocsin
# BASE_IMAGE may be any Debian-like image with python3 and its venv module (the tests build it on
# a base made from Debian's own packages: scripts/container-test).
ARG BASE_IMAGE=python:3.11-slim

# Build: the wheel, installed with its dependencies into a virtual environment that the runtime
# stage copies as it is (same base, same paths), so no compiler or build tool reaches the image.
FROM ${BASE_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY migrations ./migrations
COPY clients/python ./clients/python
# Two wheels: the server and its Python client (`tocsin-client`, which no package index has).
RUN python3 -m venv /opt/tocsin \
 && /opt/tocsin/bin/pip wheel --no-deps --wheel-dir /wheels . ./clients/python \
 && /opt/tocsin/bin/pip install /wheels/tocsin_client-*.whl /wheels/tocsin-*.whl \
 && /opt/tocsin/bin/tocsin version

FROM ${BASE_IMAGE}
# A user of its own: the server never runs as root, and owns nothing but its data folder.
RUN (groupadd --system --gid 10001 tocsin && useradd --system --uid 10001 --gid tocsin --home-dir /data tocsin) \
 && mkdir -p /data && chown tocsin:tocsin /data && chmod 0700 /data
COPY --from=build /opt/tocsin /opt/tocsin
ENV PATH=/opt/tocsin/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TOCSIN_DATA_DIR=/data \
    TOCSIN_HOST=0.0.0.0 \
    TOCSIN_PORT=8000
USER tocsin
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8000
# Ready, not just alive: the database answers with a current schema (and Redis, where set).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python3", "-c", "import os, sys, urllib.request as u; sys.exit(0 if u.urlopen(f\"http://127.0.0.1:{os.environ.get('TOCSIN_PORT', '8000')}/readyz\", timeout=4).status == 200 else 1)"]
ENTRYPOINT ["tocsin"]
CMD ["serve"]
