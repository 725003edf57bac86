"""Flask notes app.

The application object lives at module level; the route modules register
their views on it when they are imported at the bottom of this file.
"""
import logging

from flask import Flask

from app import settings

app = Flask(__name__)
app.config.from_object(settings)

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

from app import admin, auth, views  # noqa: E402,F401
