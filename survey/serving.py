"""Server logging that never tells who sent a survey, or when.

One policy for the development server and gunicorn (`config/gunicorn.conf.py` names the logger
class below): a successful respondent request gets no access line at all, since one line per
request, in order, next to any timestamp (the log collector's) would time each response; a failed
one is logged without the museum in its path; and no line ever holds a client address.
"""

from __future__ import annotations

import logging
import re

from gunicorn.glogging import Logger as GunicornLogger
from werkzeug.serving import WSGIRequestHandler, run_simple

access_logger = logging.getLogger("sentomus.access")

#: Paths respondents' browsers request: the survey and the files its pages load.
RESPONDENT_PREFIXES = ("/s/", "/static/")
_ADDRESSES = [
    (re.compile(r"\bip=\S+"), "ip=[client]"),
    (re.compile(r"\(\s*'[^']*'\s*,\s*\d+\s*\)"), "([client])"),
    (re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b"), "[address]"),
    (re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])"), "[address]"),
    (re.compile(r"/s/[^\s'\"/?]*"), "/s/[museum]"),
]


def access_line(method: str, path: str, status: int | str, size: int | str = "-") -> str | None:
    """The access-log line for a request, or None when it must leave no line."""
    path = (path or "").split("?", 1)[0]
    try:
        code = int(str(status).split()[0])
    except (ValueError, IndexError):
        code = 0
    if path.startswith(RESPONDENT_PREFIXES):
        if 0 < code < 400:
            return None
        path = scrub(path)
    method = method if re.fullmatch(r"[A-Z]{1,10}", method or "") else "-"
    return f'"{method} {path[:200]!s}" {code or status} {size}'


def scrub(message: str) -> str:
    """Client addresses and museum paths out of a free-form server message."""
    for pattern, replacement in _ADDRESSES:
        message = pattern.sub(replacement, message)
    return message


class AnonymousRequestHandler(WSGIRequestHandler):
    """The development server's handler: the access policy above, no address, no time."""

    def handle(self) -> None:
        try:
            super().handle()
        except Exception as error:
            # socketserver would print the client's address and port with the traceback.
            access_logger.error("request failed: %s", type(error).__name__)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        line = access_line(
            getattr(self, "command", None) or "-",
            getattr(self, "path", None) or "-",
            getattr(code, "value", code),
            size,
        )
        if line is not None:
            access_logger.info("%s", line)

    def log(self, type: str, message: str, *args) -> None:  # noqa: A002 - werkzeug's signature
        text = message % args if args else message
        getattr(access_logger, type, access_logger.info)("%s", scrub(text.rstrip()))


class AnonymousGunicornLogger(GunicornLogger):
    """gunicorn's logger under the same policy; its error log keeps timestamps, never addresses."""

    def access(self, resp, req, environ, request_time) -> None:
        status = getattr(resp, "status_code", None) or getattr(resp, "status", "-")
        size = getattr(resp, "sent", None)
        line = access_line(
            environ.get("REQUEST_METHOD", "-"),
            environ.get("PATH_INFO", "-"),
            status,
            "-" if size is None else size,
        )
        if line is not None:
            self.access_log.info("%s", line)

    def _scrubbed(self, msg, args) -> str:
        text = str(msg)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = " ".join([text, *map(str, args)])
        return scrub(text)

    def critical(self, msg, *args, **kwargs) -> None:
        super().critical(self._scrubbed(msg, args), **kwargs)

    def error(self, msg, *args, **kwargs) -> None:
        super().error(self._scrubbed(msg, args), **kwargs)

    def warning(self, msg, *args, **kwargs) -> None:
        super().warning(self._scrubbed(msg, args), **kwargs)

    def info(self, msg, *args, **kwargs) -> None:
        super().info(self._scrubbed(msg, args), **kwargs)

    def debug(self, msg, *args, **kwargs) -> None:
        super().debug(self._scrubbed(msg, args), **kwargs)

    def exception(self, msg, *args, **kwargs) -> None:
        super().exception(self._scrubbed(msg, args), **kwargs)

    def log(self, lvl, msg, *args, **kwargs) -> None:
        super().log(lvl, self._scrubbed(msg, args), **kwargs)


def serve(app, host: str, port: int, debug: bool = False) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    run_simple(
        host,
        port,
        app,
        use_reloader=debug,
        use_debugger=debug,
        threaded=True,
        request_handler=AnonymousRequestHandler,
    )
