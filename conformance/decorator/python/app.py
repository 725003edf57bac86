import functools
import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        app.logger.debug("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@logged
def build(target):
    return "ping -c 1 " + target


@logged
def algorithm(family, size):
    return family + size


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system(build("localhost"))
    # plumb-expect: command-injection
    os.system(build(host))

    # plumb-expect: weak-hash
    hashlib.new(algorithm("MD", "5")).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithm("SHA-", "256")).hexdigest()
    return "ok"
