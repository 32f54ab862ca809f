# Production server settings: `gunicorn -c config/gunicorn.conf.py "survey:create_app()"`.
# The access log deliberately omits the client address (%(h)s), the user agent, the referrer and
# the time of the request: nothing in a log line may trace an answer back to a respondent.
import os

bind = os.environ.get("SENTOMUS_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("SENTOMUS_WORKERS", "4"))
accesslog = "-"
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s'
errorlog = "-"
forwarded_allow_ips = ""
