"""The development server, with an access log that never prints who or when."""

from __future__ import annotations

import logging

from werkzeug.serving import WSGIRequestHandler, run_simple

access_logger = logging.getLogger("sentomus.access")


class AnonymousRequestHandler(WSGIRequestHandler):
    """Logs method, path, status and size; never the client address or the time of day."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = self.path.split("?", 1)[0]
        access_logger.info('"%s %s" %s %s', self.command, path, getattr(code, "value", code), size)

    def log(self, type: str, message: str, *args) -> None:  # noqa: A002 - werkzeug's signature
        getattr(access_logger, type, access_logger.info)(message.rstrip(), *args)


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
