"""Admission of the generating routes against their user's quotas.

`admit_generation` is the dependency of every route that generates (chat completions,
completions, conversation turns, the text and code tasks). Before the route runs, so
before anything is written, it counts the request and takes a concurrency lease in the
database (`veilleur.accounts.quotas`), or answers 429 with `Retry-After`; both are given
back at the end when the request never reached the guard (an invalid body, an unknown or
another user's id). It then opens
the request's `Meter` (`veilleur.metering`): the guarded engine gives the generations
the principal's owner id as their tenant (fair scheduling) and adds their tokens to it.

The lease lives as long as the generation, not the route function: a dependency with
`yield` exits after the response is sent (FastAPI ≥ 0.118; `scope="request"` says so),
which for a streaming response is when its stream ends or its client goes away; while it
runs, a task renews the lease. At the exit the lease is released and the tokens counted.
tests/integration/test_quotas.py holds it to that.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from fastapi import Depends, Request

from veilleur.accounts import Principal
from veilleur.accounts.quotas import Lease, QuotaService
from veilleur.api.deps import current_principal, state
from veilleur.metering import Meter, open_meter

__all__ = ["admit_generation", "generation"]

log = logging.getLogger(__name__)


async def admit_generation(request: Request,
                           principal: Principal = Depends(current_principal)
                           ) -> AsyncIterator[Meter]:
    """Admit one generating request (429 over a quota); hold its lease until it ends."""
    quotas = state(request).quotas
    address = (request.client.host if request.client is not None else "")[:64]
    lease = await asyncio.to_thread(quotas.admit, principal.owner_id,
                                    username=principal.username, address=address)
    meter = Meter(tenant=principal.owner_id)
    open_meter(meter)
    renewal = asyncio.create_task(_renew(quotas, lease))
    try:
        yield meter
    finally:
        meter.closed = True
        renewal.cancel()
        # Shielded: a cancelled request still frees its slot and counts its tokens.
        # A request refused before the guard saw it (its body invalid, an id unknown or
        # another user's) is given back: it leaves no count, so nothing is written.
        await asyncio.shield(asyncio.to_thread(quotas.release, lease,
                                               tokens=meter.completion_tokens,
                                               give_back=not meter.engaged))


async def _renew(quotas: QuotaService, lease: Lease) -> None:
    while True:
        await asyncio.sleep(quotas.renew_every)
        try:
            await asyncio.to_thread(quotas.renew, lease)
        except Exception:  # the next renewal may work; the lease outlives one miss
            log.warning("could not renew the generation lease %s", lease.id, exc_info=True)


# The route dependency: `@router.post(..., dependencies=generation)`.
generation = [Depends(admit_generation, scope="request")]
