"""Settings for the notes app. Anything that differs per deployment comes from the environment."""
import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
INSTANCE_DIR = os.environ.get("NOTES_INSTANCE_DIR", os.path.join(BASE_DIR, os.pardir, "instance"))
DATABASE_PATH = os.path.join(INSTANCE_DIR, "notes.sqlite3")
ATTACHMENT_DIR = os.path.join(INSTANCE_DIR, "attachments")
BACKUP_DIR = os.path.join(INSTANCE_DIR, "backups")
LOG_FILE = os.path.join(INSTANCE_DIR, "notes.log")

# plumb-ok: hardcoded-secret
SECRET_KEY = os.environ["NOTES_SECRET_KEY"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
MAX_CONTENT_LENGTH = 10 * 1024 * 1024

# Name of the password field in the login form.
# plumb-ok: hardcoded-secret
PASSWORD_FIELD = "password"

# Accounts migrated from the old PHP notes tool still carry unsalted digests
# of this algorithm; they are re-hashed with PBKDF2 on the next login.
LEGACY_HASH_ALGORITHM = "sha1"

# Optional sign-in with the company directory.
LDAP_ENABLED = os.environ.get("NOTES_LDAP_ENABLED", "0") == "1"
LDAP_URI = os.environ.get("NOTES_LDAP_URI", "ldaps://ldap.corp.example")
LDAP_PEOPLE_DN = "ou=people,dc=corp,dc=example"
LDAP_BIND_DN = "cn=notes-app,ou=services,dc=corp,dc=example"
# plumb-expect: hardcoded-secret
LDAP_BIND_PASSWORD = "n0tes-Bind!2024-ops"

# Link previews: oEmbed for video sites, plain fetch for everything else.
OEMBED_ENDPOINT = "https://noembed.com/embed"
# Documentation sites whose pages may be embedded as reference snippets.
REFERENCE_HOSTS = {"docs.python.org", "flask.palletsprojects.com", "developer.mozilla.org"}
