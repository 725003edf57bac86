import hashlib
import os
from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)


@dataclass(frozen=True)
class Targets:
    fallback: str
    requested: str


@dataclass(frozen=True)
class Algorithms:
    legacy: str
    current: str


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    targets = Targets("localhost", host)
    # plumb-ok: command-injection
    os.system("ping -c 1 " + targets.fallback)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + targets.requested)

    algorithms = Algorithms("MD5", "SHA-256")
    # plumb-expect: weak-hash
    hashlib.new(algorithms.legacy).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(algorithms.current).hexdigest()
    return "ok"
