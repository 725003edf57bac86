import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Settings:
    DEFAULT_HOST = "localhost"
    LEGACY_ALGORITHM = "MD5"
    CURRENT_ALGORITHM = "SHA-256"
    last_host = DEFAULT_HOST


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system("ping -c 1 " + Settings.DEFAULT_HOST)
    Settings.last_host = host
    # plumb-expect: command-injection
    os.system("ping -c 1 " + Settings.last_host)

    # plumb-expect: weak-hash
    hashlib.new(Settings.LEGACY_ALGORITHM).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(Settings.CURRENT_ALGORITHM).hexdigest()
    return "ok"
