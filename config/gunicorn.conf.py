# Production server settings: `gunicorn -c config/gunicorn.conf.py "survey:create_app()"`.
# The access log deliberately omits the client address (%(h)s), the user agent, the referrer and
# the time of the request: nothing in a log line may trace an answer back to a respondent.
import os

# gunicorn is the production server: production settings unless SENTOMUS_ENV says otherwise.
os.environ.setdefault("SENTOMUS_ENV", "production")

bind = os.environ.get("SENTOMUS_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("SENTOMUS_WORKERS", "4"))

# Threaded workers: a connection waiting for its request (or kept alive between requests) holds
# no worker process, and a client that sends its request slowly holds one thread of many, not a
# whole worker, so a handful of slow or hostile connections cannot stall the server (a sync
# worker is stalled by a single one). Internet-facing deployments still belong behind a
# buffering reverse proxy (README, "Workers, slow clients and a reverse proxy").
worker_class = "gthread"
threads = int(os.environ.get("SENTOMUS_THREADS", "16"))
# Kept-alive connections wait in the worker's poller without a thread. Keeping them 75 s (nginx's
# default) rather than gunicorn's 2 s stops a race that lost requests under load: a client that
# took longer than the keep-alive time between two requests sent its next POST just as the
# server closed the connection, and a POST is never re-sent by the client.
keepalive = int(os.environ.get("SENTOMUS_KEEPALIVE", "75"))
# A worker that does not check in for this long is restarted; requests take milliseconds.
timeout = 30
graceful_timeout = 30
accesslog = "-"
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s'
errorlog = "-"
# No access line for successful survey requests, and no client address in any line (also not in
# gunicorn's own warnings about malformed requests): see survey/serving.py.
logger_class = "survey.serving.AnonymousGunicornLogger"
forwarded_allow_ips = ""
