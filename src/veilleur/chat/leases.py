"""Leases of replies being written, so that several processes can share one database.

A reply is written by the process that streams it. That process holds a lease on it
(`messages.lease_owner`, `messages.lease_expires_at`): set when the reply is created,
renewed at each periodic write of its text and by `keep_reply_leases` while the process
lives. A process that dies stops renewing; once the lease has expired, any other process
sharing the database marks the reply `interrupted` (`ConversationRepository.
mark_stale_streaming`, one UPDATE: two processes sweeping at once mark it once).

The lease compares the clocks of the processes: keep them in sync (NTP), with a skew well
under the lease.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from veilleur.errors import VeilleurError
from veilleur.store.models import utcnow
from veilleur.store.repository import ConversationRepository

__all__ = ["ReplyLease", "keep_reply_leases", "process_identity"]

log = logging.getLogger(__name__)


def process_identity() -> str:
    """This process, for `messages.lease_owner`: host name, pid and a random part (a pid
    is reused; the random part tells a new process from the dead one)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"


@dataclass(frozen=True)
class ReplyLease:
    """The lease this process takes on the replies it writes."""

    seconds: float = 30.0
    owner: str = field(default_factory=process_identity)

    def expires(self) -> datetime:
        """The end of a lease taken or renewed now."""
        return utcnow() + timedelta(seconds=self.seconds)


async def keep_reply_leases(repository: ConversationRepository, lease: ReplyLease) -> None:
    """Run for the life of the process: every third of a lease, renew the leases of this
    process's replies (a reply waiting for the engine writes nothing, yet is alive) and
    mark `interrupted` the replies of other processes whose lease expired."""
    while True:
        await asyncio.sleep(lease.seconds / 3)
        try:
            await asyncio.to_thread(repository.renew_leases, lease.owner, lease.expires())
            marked = await asyncio.to_thread(
                repository.mark_stale_streaming, exclude_owner=lease.owner
            )
        except VeilleurError as exc:  # the database is away for a moment: try again later
            log.warning("could not renew or sweep the leases of replies: %s", exc)
            continue
        except Exception:  # never let the sweeper die quietly: the leases would lapse
            log.exception("could not renew or sweep the leases of replies")
            continue
        if marked:
            log.warning("marked %d reply(ies) whose writer's lease expired as interrupted",
                        marked)
