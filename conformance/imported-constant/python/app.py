import hashlib
import os

from flask import Flask, request

import defaults
from defaults import LEGACY_ALGORITHM

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system("ping -c 1 " + defaults.HOST)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + host)

    # plumb-expect: weak-hash
    hashlib.new(LEGACY_ALGORITHM).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(defaults.CURRENT_ALGORITHM).hexdigest()
    return "ok"
