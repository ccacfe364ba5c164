"""The publication's accounts for ``atgard serve --writable``: names, roles and hashed passwords, from a file.

The file is JSON, named by ``--accounts FILE`` or the environment's ``ATGARD_ACCOUNTS`` (never a password on the
command line)::

    {"accounts": {"anna": {"role": "handlaggare", "password_hash": "pbkdf2_sha256$600000$…$…"}}}

A *läsare* (``lasare``) may only read; a *handläggare* (``handlaggare``) may also correct and add documents.
Passwords are hashed with PBKDF2-SHA256 (``hashlib.pbkdf2_hmac``), in the format Django and
datasette-auth-passwords write (``pbkdf2_sha256$iterations$salt$hash``, base64); ``atgard account`` writes them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from atgard.schema.errors import AtgardError

Role = Literal["lasare", "handlaggare"]
ROLES: dict[str, str] = {"lasare": "läsare", "handlaggare": "handläggare"}
ITERATIONS = 600_000
ENVIRONMENT = "ATGARD_ACCOUNTS"  # the accounts file, when --accounts is not given


class AccountsError(AtgardError):
    """The accounts file cannot be used; the message names it and the problem."""


@dataclass(frozen=True)
class Account:
    name: str
    role: Role
    password_hash: str

    @property
    def may_write(self) -> bool:
        return self.role == "handlaggare"


def hash_password(password: str, *, iterations: int = ITERATIONS, salt: str | None = None) -> str:
    """
    >>> hash_password("hemligt", iterations=1000, salt="abc")
    'pbkdf2_sha256$1000$abc$EjK57nm+JIAeD/77VH2qDSrpaLOQkwqXmNMc9/zkWbc='
    """
    salt = salt or secrets.token_hex(12)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def verify_password(password: str, hashed: str) -> bool:
    """
    >>> verify_password("hemligt", hash_password("hemligt", iterations=1000)), verify_password("fel", "x")
    (True, False)
    """
    try:
        algorithm, iterations, salt, _ = hashed.split("$", 3)
        if algorithm != "pbkdf2_sha256":
            return False
        return hmac.compare_digest(hash_password(password, iterations=int(iterations), salt=salt), hashed)
    except ValueError:
        return False


def accounts_path(given: Path | str | None) -> Path | None:
    """The accounts file: as given, else the environment's, else none."""
    if given:
        return Path(given)
    from_environment = os.environ.get(ENVIRONMENT, "").strip()
    return Path(from_environment) if from_environment else None


def load_accounts(path: Path) -> dict[str, Account]:
    """The accounts of a file, checked: a role the publication knows, a hash it can verify."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise AccountsError(f"{path}: no such accounts file") from error
    except (OSError, ValueError) as error:
        raise AccountsError(f"{path}: not an accounts file ({error})") from error
    found: dict[str, Account] = {}
    for name, entry in (data.get("accounts") or {}).items() if isinstance(data, dict) else ():
        role, hashed = entry.get("role"), entry.get("password_hash", "")
        if role not in ROLES:
            raise AccountsError(f"{path}: account {name}: the role must be lasare or handlaggare")
        if not str(hashed).startswith("pbkdf2_sha256$"):
            raise AccountsError(f"{path}: account {name}: no password hash (write it with atgard account)")
        found[name] = Account(name, role, hashed)
    return found


def save_account(path: Path, name: str, role: Role, password: str) -> None:
    """Add or replace one account in the file (made when missing), its password hashed."""
    data: dict[str, dict[str, dict[str, str]]] = {"accounts": {}}
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("accounts", {})[name] = {"role": role, "password_hash": hash_password(password)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    path.chmod(0o600)
