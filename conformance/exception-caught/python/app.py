import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


class Rejected(Exception):
    def __init__(self, value):
        super().__init__("rejected")
        self.value = value


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    try:
        raise Rejected("localhost")
    except Rejected as e:
        # plumb-ok: command-injection
        os.system("ping -c 1 " + e.value)
    try:
        raise Rejected(host)
    except Rejected as e:
        # plumb-expect: command-injection
        os.system("ping -c 1 " + e.value)

    try:
        raise Rejected("MD5")
    except Rejected as e:
        # plumb-expect: weak-hash
        hashlib.new(e.value).hexdigest()
    try:
        raise Rejected("SHA-256")
    except Rejected as e:
        # plumb-ok: weak-hash
        hashlib.new(e.value).hexdigest()
    return "ok"
