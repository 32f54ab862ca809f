"""Static files under fingerprinted names: `url_for("static", filename="survey.css")` gives
`/static/survey.<hash>.css`, where the hash is taken from the file's content. A fingerprinted
name always means the same bytes, so browsers may keep it for a year without asking again; a
changed file gets a new name, and pages link to it at once."""

from __future__ import annotations

import hashlib
import os
import re
import threading

from flask import Flask

ONE_YEAR = 365 * 24 * 3600
FINGERPRINTED = re.compile(r"^(?P<stem>.+)\.(?P<digest>[0-9a-f]{12})(?P<suffix>\.[A-Za-z0-9]+)$")


class Fingerprints:
    """Content digests of the static files, recomputed only when a file changes."""

    def __init__(self, folder: str):
        self.folder = folder
        self._digests: dict[str, tuple[int, int, str]] = {}
        self._lock = threading.Lock()

    def digest(self, filename: str) -> str | None:
        path = os.path.join(self.folder, filename)
        try:
            stat = os.stat(path)
        except (OSError, ValueError):
            return None
        known = self._digests.get(filename)
        if known and known[:2] == (stat.st_mtime_ns, stat.st_size):
            return known[2]
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()[:12]
        with self._lock:
            self._digests[filename] = (stat.st_mtime_ns, stat.st_size, digest)
        return digest

    def name(self, filename: str) -> str:
        digest = self.digest(filename) if ".." not in filename else None
        if digest is None:
            return filename
        stem, dot, suffix = filename.rpartition(".")
        return f"{stem}.{digest}.{suffix}" if dot else f"{filename}.{digest}"


def register(app: Flask) -> None:
    if not app.static_folder or "static" not in app.view_functions:
        return
    fingerprints = Fingerprints(app.static_folder)
    app.extensions["sentomus.fingerprints"] = fingerprints

    @app.url_defaults
    def fingerprint_static_urls(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "filename" in values:
            values["filename"] = fingerprints.name(values["filename"])

    def static(filename: str):
        match = FINGERPRINTED.match(filename)
        if match:
            original = match["stem"] + match["suffix"]
            if fingerprints.digest(original) == match["digest"]:
                response = app.send_static_file(original)
                response.cache_control.public = True
                response.cache_control.max_age = ONE_YEAR
                response.cache_control.immutable = True
                return response
            if fingerprints.digest(original) is not None:
                # A page from before a deployment: the current file, revalidated next time.
                return app.send_static_file(original)
        return app.send_static_file(filename)

    app.view_functions["static"] = static
