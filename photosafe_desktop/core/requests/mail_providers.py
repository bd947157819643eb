"""Ready-made outgoing mail settings for common providers (``resources/mail/providers.json``).

Each entry comes from the provider's own help page, with its address and the date it was
checked; providers whose page could not be found are not offered (the user fills in the
values from their provider instead).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from photosafe_desktop.core.resources import resource_path


@dataclass(frozen=True)
class MailProvider:
    id: str
    name: str
    host: str
    port: int
    security: str  # starttls | tls | none (see sending.SECURITY_MODES)
    app_password: bool  # the provider wants an app password, not the normal one
    source: str
    checked: str


@cache
def mail_providers() -> tuple[MailProvider, ...]:
    data = json.loads(resource_path("mail", "providers.json").read_text(encoding="utf-8"))
    return tuple(
        MailProvider(
            id=str(item["id"]),
            name=str(item["name"]),
            host=str(item["host"]),
            port=int(item["port"]),
            security=str(item["security"]),
            app_password=bool(item.get("app_password", False)),
            source=str(item["source"]),
            checked=str(item["checked"]),
        )
        for item in data["providers"]
    )


def provider(provider_id: str) -> MailProvider | None:
    return next((p for p in mail_providers() if p.id == provider_id), None)


def provider_for_host(host: str) -> MailProvider | None:
    host = host.strip().lower()
    return next((p for p in mail_providers() if p.host == host), None)


__all__ = ["MailProvider", "mail_providers", "provider", "provider_for_host"]
