"""Fair admission across tenants, without a model: who gets the next free slot."""

from __future__ import annotations

import asyncio

import pytest

from helpers import ScriptedBackend
from veilleur.engine.scheduler import BatchScheduler, Job, JobState, SchedulerConfig, StepPlan
from veilleur.guard import AuditContext, GuardedEngine
from veilleur.metering import Meter, metered
from veilleur.safety import SafetyPipeline, SafetySettings
from veilleur.types import ChatMessage, GenerationRequest, SamplingParams


def scheduler(*, fair: bool = True, n_slots: int = 2) -> BatchScheduler:
    return BatchScheduler(SchedulerConfig(n_slots=n_slots, n_ctx_slot=256, max_queue=64,
                                          prefill_chunk=4, max_batch_tokens=16, fair=fair))


def job(tenant: str | None, max_new_tokens: int = 2) -> Job:
    return Job((1, 2), max_new_tokens, tenant=tenant)


def run_step(s: BatchScheduler) -> StepPlan:
    plan = s.schedule()
    s.commit(plan, {p.job: 7 for p in plan.pieces if p.sample})
    return plan


def admission_order(s: BatchScheduler, jobs: list[Job]) -> list[Job]:
    """Step until every job is done; the jobs in the order they got a slot."""
    order: list[Job] = []
    while any(j.state is not JobState.DONE for j in jobs):
        run_step(s)
        order += [j for j in jobs if j.slot is not None and j not in order]
    return order


def test_a_lone_request_takes_the_next_free_slot_despite_a_flood() -> None:
    s = scheduler()
    flood = [job("alice") for _ in range(50)]
    for j in flood:
        s.submit(j)
    run_step(s)  # two of alice's jobs hold both slots; 48 wait
    lone = job("bob")
    s.submit(lone)
    # (listed first, so that a job admitted in the same step as one of alice's comes
    # before it in `order`)
    order = admission_order(s, [lone, *flood])
    assert order.index(lone) == 2  # a slot of the first ones that free after it came
    assert [j for j in order if j is not lone] == flood  # alice's own order is kept


def test_without_fairness_the_lone_request_waits_behind_the_flood() -> None:
    s = scheduler(fair=False)
    flood = [job("alice") for _ in range(50)]
    for j in flood:
        s.submit(j)
    run_step(s)
    lone = job("bob")
    s.submit(lone)
    assert admission_order(s, [*flood, lone]) == [*flood, lone]


def test_tenants_take_turns_and_fewest_slots_held_goes_first() -> None:
    s = scheduler(n_slots=1)
    a = [job("a", 1) for _ in range(3)]
    b = [job("b", 1) for _ in range(2)]
    c = [job(None, 1)]  # the requests without an owner are one tenant
    for j in [*a, *b, *c]:
        s.submit(j)
    order = admission_order(s, [*a, *b, *c])
    assert order == [a[0], b[0], c[0], a[1], b[1], a[2]]


def test_the_tenant_holding_fewer_slots_wins_a_free_one() -> None:
    s = scheduler(n_slots=3)
    long_a = [job("a", 50) for _ in range(2)]
    short_b = job("b", 1)
    for j in [*long_a, short_b]:
        s.submit(j)
    run_step(s)  # a holds two slots, b one
    more_a, more_b = job("a", 1), job("b", 1)
    s.submit(more_a)
    s.submit(more_b)  # submitted after a's, but b holds fewer slots once its job ends
    while short_b.state is not JobState.DONE:
        run_step(s)
    run_step(s)
    assert more_b.slot is not None and more_a.slot is None


def test_cancel_and_close_with_several_queues() -> None:
    s = scheduler(n_slots=1)
    first, a2, b1 = job("a", 5), job("a"), job("b")
    for j in (first, a2, b1):
        s.submit(j)
    run_step(s)
    s.cancel(b1)
    assert s.n_waiting == 1
    plan = run_step(s)
    assert b1 in plan.ended and b1.end_reason == "cancelled"
    assert set(s.close()) == {first, a2} and s.n_waiting == 0


def test_the_guard_gives_the_request_the_metered_tenant() -> None:
    """The API's admission sets a meter for the request; every generation of it carries
    the meter's tenant down to the engine, and its tokens are counted on the meter."""
    backend = ScriptedBackend(["Bonjour", " !"])
    engine = GuardedEngine(backend, SafetyPipeline.from_settings(SafetySettings(enabled=False)))

    async def generate() -> None:
        stream = await engine.start(
            GenerationRequest(sampling=SamplingParams(max_tokens=8),
                              messages=(ChatMessage("user", "Salut"),)),
            AuditContext("req-1"))
        async for _ in stream:
            pass

    meter = Meter(tenant="alice-id")
    with metered(meter):
        asyncio.run(generate())
    assert backend.requests[-1].tenant == "alice-id"
    assert meter.completion_tokens == 2
    asyncio.run(generate())  # no meter: no tenant
    assert backend.requests[-1].tenant is None and meter.completion_tokens == 2


@pytest.mark.parametrize("fair", [True, False])
def test_one_tenant_alone_is_fifo_either_way(fair: bool) -> None:
    s = scheduler(fair=fair, n_slots=1)
    jobs = [job("a", 1) for _ in range(5)]
    for j in jobs:
        s.submit(j)
    assert admission_order(s, jobs) == jobs
