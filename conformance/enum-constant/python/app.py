import hashlib
import os
from enum import Enum

from flask import Flask, request

app = Flask(__name__)


class Tool(Enum):
    UPTIME = "uptime"
    PING = "ping -c 1 "


class Algorithm(Enum):
    LEGACY = "MD5"
    CURRENT = "SHA-256"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system(Tool.UPTIME.value)
    # plumb-expect: command-injection
    os.system(Tool.PING.value + host)

    # plumb-expect: weak-hash
    hashlib.new(Algorithm.LEGACY.value).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(Algorithm.CURRENT.value).hexdigest()
    return "ok"
